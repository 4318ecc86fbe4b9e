//! JSON in (call arguments) and out (results and the harness's reply lines).
//!
//! Output follows Python's `json.dumps(..., ensure_ascii=False)` byte for byte: `", "` and `": "`
//! separators, floats as `repr()`, non-ASCII text unescaped.

use std::fmt::Write;

use crate::value::PyStr;
use crate::dict::{Dict, Key};
use crate::fallback::{fail, Fallback};
use crate::float_repr::float_repr;
use crate::value::Value;

/// Convert one JSON argument to a Python value as `json.loads` would: integers (an integer that
/// does not fit in 64 bits falls back), floats (any number written with `.`, `e` or `E`),
/// strings, booleans, `null`, arrays as lists, objects as dicts with `str` keys (in input order; a
/// repeated key keeps its first place and its last value, as `json.loads`).
pub fn from_json(v: &serde_json::Value) -> Result<Value, Fallback> {
    Ok(match v {
        serde_json::Value::Null => Value::None,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => {
            // With `arbitrary_precision`, the number keeps its source text.
            let text = n.to_string();
            if text.contains(['.', 'e', 'E']) {
                match text.parse::<f64>() {
                    Ok(f) => Value::Float(f),
                    Err(_) => return fail("unreadable JSON number"),
                }
            } else {
                match text.parse::<i64>() {
                    Ok(i) => Value::Int(i),
                    Err(_) => return fail("integer argument outside 64 bits"),
                }
            }
        }
        serde_json::Value::String(s) => Value::str(s.as_str()),
        serde_json::Value::Array(items) => {
            Value::list(items.iter().map(from_json).collect::<Result<Vec<_>, _>>()?)
        }
        serde_json::Value::Object(members) => {
            let mut d = Dict::new();
            for (k, v) in members {
                let key: PyStr = PyStr::from(k.as_str());
                d.insert(Key::Str(key.clone()), Value::Str(key), from_json(v)?);
            }
            Value::from_dict(d)
        }
    })
}

/// Append `s` as a JSON string literal, escaping as Python's `json.dumps(ensure_ascii=False)`.
pub fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Depth past which a value is reported as having no JSON form (CPython's encoder would hit its
/// recursion limit, and a self-containing list never ends).
const MAX_DEPTH: usize = 200;

/// The JSON form of `v` as `json.dumps` writes it (`None` -> `null`, lists and tuples -> arrays,
/// dicts -> objects, their keys converted as `json.dumps` does: `1` -> `"1"`, `1.5` -> `"1.5"`,
/// `True` -> `"true"`, `None` -> `"null"`), or `None` when it has none: non-finite floats, dicts
/// with keys of other types or two keys written alike (`1` and `"1"`), dict views,
/// ranges, functions, builtins, unbound values, and too deeply nested containers.
pub fn to_json(v: &Value) -> Option<String> {
    let mut out = String::new();
    write_json(v, &mut out, 0).then_some(out)
}

fn write_json(v: &Value, out: &mut String, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{}", i);
        }
        Value::Float(f) if f.is_finite() => out.push_str(&float_repr(*f)),
        Value::Str(s) => write_json_string(s, out),
        Value::List(l) => return write_json_array(&l.borrow(), out, depth),
        Value::Tuple(t) => return write_json_array(t, out, depth),
        Value::Dict(d) => return write_json_object(&d.borrow(), out, depth),
        _ => return false,
    }
    true
}

fn write_json_array(items: &[Value], out: &mut String, depth: usize) -> bool {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !write_json(item, out, depth + 1) {
            return false;
        }
    }
    out.push(']');
    true
}

/// A non-`str` dict key as `json.dumps` writes it as a member name: `True`/`False`/`None` as
/// `true`/`false`/`null`, an int in decimal, a float as its `repr` or `Infinity`, `-Infinity`,
/// `NaN`; `None` for keys of other types.
fn json_key(k: &Value) -> Option<String> {
    match *k {
        Value::Bool(b) => Some(if b { "true" } else { "false" }.to_string()),
        Value::None => Some("null".to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) if f.is_nan() => Some("NaN".to_string()),
        Value::Float(f) if f.is_infinite() => Some(if f > 0.0 { "Infinity" } else { "-Infinity" }.to_string()),
        Value::Float(f) => Some(float_repr(f)),
        _ => None,
    }
}

/// Whether two keys of `d` would be written as the same member name (`1` and `"1"`): json.dumps
/// would repeat it, which a JSON object cannot carry. Only dicts with a non-`str` key can.
fn has_clashing_keys(d: &Dict) -> bool {
    if d.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
        return false;
    }
    let mut seen = std::collections::HashSet::new();
    for (k, _) in d.iter() {
        let name = match k {
            Value::Str(s) => s.to_string(),
            _ => match json_key(k) {
                Some(name) => name,
                None => return false, // no JSON form at all: reported by the caller
            },
        };
        if !seen.insert(name) {
            return true;
        }
    }
    false
}

fn write_json_object(d: &Dict, out: &mut String, depth: usize) -> bool {
    if has_clashing_keys(d) {
        return false;
    }
    out.push('{');
    for (i, (k, v)) in d.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match k {
            Value::Str(k) => write_json_string(k, out),
            _ => match json_key(k) {
                Some(k) => write_json_string(&k, out),
                None => return false,
            },
        }
        out.push_str(": ");
        if !write_json(v, out, depth + 1) {
            return false;
        }
    }
    out.push('}');
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Value, Fallback> {
        from_json(&serde_json::from_str(text).unwrap())
    }

    #[test]
    fn arguments() {
        assert!(matches!(parse("3"), Ok(Value::Int(3))));
        assert!(matches!(parse("-9223372036854775808"), Ok(Value::Int(i64::MIN))));
        assert!(parse("-10000000000000000000").is_err());
        assert!(matches!(parse("2.5"), Ok(Value::Float(x)) if x == 2.5));
        assert!(matches!(parse("1e2"), Ok(Value::Float(x)) if x == 100.0));
        assert!(matches!(parse("-0.0"), Ok(Value::Float(x)) if x == 0.0 && x.is_sign_negative()));
        let d = parse(r#"{"b": 1, "a": {"x": [2.5]}, "b": 3}"#).unwrap();
        assert_eq!(crate::repr::repr(&d).unwrap(), "{'b': 3, 'a': {'x': [2.5]}}");
        assert_eq!(to_json(&d).unwrap(), r#"{"b": 3, "a": {"x": [2.5]}}"#);
        assert!(parse(r#"{"a": 99999999999999999999}"#).is_err());
        assert!(matches!(parse("[1, [\"x\"], null]"), Ok(Value::List(_))));
    }

    #[test]
    fn keys_as_json_dumps_writes_them() {
        let dict = |pairs: Vec<(Value, Value)>| crate::dict::dict_display(pairs).unwrap();
        let d = dict(vec![
            (Value::Int(-3), Value::str("i")),
            (Value::Bool(true), Value::str("t")),
            (Value::Bool(false), Value::str("f")),
            (Value::None, Value::str("n")),
            (Value::Float(1.5), Value::str("x")),
            (Value::Float(1e16), Value::str("y")),
            (Value::Float(f64::NEG_INFINITY), Value::str("z")),
        ]);
        assert_eq!(
            to_json(&d).unwrap(),
            r#"{"-3": "i", "true": "t", "false": "f", "null": "n", "1.5": "x", "1e+16": "y", "-Infinity": "z"}"#
        );
        // json.dumps({1: "a", "1": "b"}) repeats the member name: no JSON form.
        assert_eq!(to_json(&dict(vec![(Value::Int(1), Value::str("a")), (Value::str("1"), Value::str("b"))])), None);
        assert_eq!(to_json(&dict(vec![(Value::None, Value::Int(1)), (Value::str("null"), Value::Int(2))])), None);
        let t = Value::tuple(vec![Value::Int(1)]);
        assert_eq!(to_json(&dict(vec![(t, Value::Int(1))])), None);
        assert_eq!(to_json(&dict(vec![(Value::Int(1), Value::Float(f64::NAN))])), None);
    }

    #[test]
    fn results() {
        let v = Value::list(vec![
            Value::Int(1),
            Value::Float(1e16),
            Value::tuple(vec![Value::str("é\"\n\x01"), Value::None, Value::Bool(true)]),
        ]);
        assert_eq!(to_json(&v).unwrap(), "[1, 1e+16, [\"é\\\"\\n\\u0001\", null, true]]");
        assert_eq!(to_json(&Value::Float(f64::NAN)), None);
        assert_eq!(to_json(&Value::list(vec![Value::range(0, 1, 1)])), None);
        assert_eq!(to_json(&Value::dict()).unwrap(), "{}");
        let d = crate::dict::dict_display(vec![(Value::Int(1), Value::None)]).unwrap();
        assert_eq!(to_json(&d).unwrap(), r#"{"1": null}"#);
    }
}
