//! `json.dumps` and `json.loads` of CPython's `json` module for compiled code, with CPython 3.11's
//! exact text (Lib/json/encoder.py). Anything CPython would raise on, and keywords other than
//! `sort_keys`, `indent`, `ensure_ascii` and `allow_nan`, fall back.

use std::fmt::Write;

use crate::builtins::Keyword;
use crate::compare::sort_by_keys;
use crate::fallback::{fail, Fallback, PyResult};
use crate::float_repr::float_repr;
use crate::json::from_json;
use crate::truth::truthy;
use crate::value::Value;

/// Deepest nesting encoded; deeper (or a container holding itself) falls back.
const MAX_DEPTH: usize = 200;

struct Encoder {
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    /// `separators=(item, key)`; `None` for the defaults (", " or "," with an indent, and ": ").
    separators: Option<(String, String)>,
    out: String,
}

impl Encoder {
    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\x08' => self.out.push_str("\\b"),
                '\x0c' => self.out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", c as u32);
                }
                c if (c as u32) < 0x7f || !self.ensure_ascii => self.out.push(c),
                c => {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        let _ = write!(self.out, "\\u{:04x}", u);
                    }
                }
            }
        }
        self.out.push('"');
    }

    fn float(&self, f: f64) -> Result<String, Fallback> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            return fail("ValueError: Out of range float values are not JSON compliant");
        }
        Ok(if f.is_nan() { "NaN" } else if f > 0.0 { "Infinity" } else { "-Infinity" }.to_string())
    }

    /// What goes before item `i` of a container whose items are at `level`.
    fn separator(&mut self, i: usize, level: usize) {
        match &self.indent {
            Some(ind) => {
                if i > 0 {
                    self.out.push_str(self.separators.as_ref().map_or(",", |s| s.0.as_str()));
                }
                self.out.push('\n');
                self.out.push_str(&ind.repeat(level));
            }
            None if i > 0 => self.out.push_str(self.separators.as_ref().map_or(", ", |s| s.0.as_str())),
            None => {}
        }
    }

    fn close(&mut self, level: usize, bracket: char) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            self.out.push_str(&ind.repeat(level));
        }
        self.out.push(bracket);
    }

    fn key_text(&self, k: &Value) -> Result<String, Fallback> {
        Ok(match k {
            Value::Str(s) => s.to_string(),
            Value::Float(f) => self.float(*f)?,
            Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
            Value::None => "null".to_string(),
            Value::Int(i) => i.to_string(),
            _ => return fail("TypeError: keys must be str, int, float, bool or None"),
        })
    }

    fn value(&mut self, v: &Value, level: usize) -> Result<(), Fallback> {
        if level > MAX_DEPTH {
            return fail("json.dumps of a too deeply nested (or self-containing) value");
        }
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(self.out, "{}", i);
            }
            Value::Float(f) => {
                let text = self.float(*f)?;
                self.out.push_str(&text);
            }
            Value::Str(s) => self.string(s),
            Value::List(_) | Value::Tuple(_) => {
                let items: Vec<Value> = match v {
                    Value::List(l) => l.borrow().to_vec(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => unreachable!(),
                };
                if items.is_empty() {
                    self.out.push_str("[]");
                    return Ok(());
                }
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    self.separator(i, level + 1);
                    self.value(item, level + 1)?;
                }
                self.close(level, ']');
            }
            Value::Dict(d) => {
                let (mut keys, mut values): (Vec<Value>, Vec<Value>) =
                    d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).unzip();
                if keys.is_empty() {
                    self.out.push_str("{}");
                    return Ok(());
                }
                if self.sort_keys {
                    // Keys are distinct, so sorting the items sorts by key.
                    let mut sort_keys = keys.clone();
                    let mut pairs: Vec<Value> = keys.iter().cloned().zip(values).map(|(k, v)| Value::tuple(vec![k, v])).collect();
                    sort_by_keys(&mut pairs, &mut sort_keys, false)?;
                    (keys, values) = pairs
                        .into_iter()
                        .map(|p| match p {
                            Value::Tuple(t) => (t[0].clone(), t[1].clone()),
                            _ => unreachable!(),
                        })
                        .unzip();
                }
                self.out.push('{');
                for (i, (k, item)) in keys.iter().zip(values.iter()).enumerate() {
                    self.separator(i, level + 1);
                    let text = self.key_text(k)?;
                    self.string(&text);
                    let key_separator = self.separators.as_ref().map_or(": ", |s| s.1.as_str());
                    self.out.push_str(key_separator);
                    self.value(item, level + 1)?;
                }
                self.close(level, '}');
            }
            _ => return fail("TypeError: Object is not JSON serializable"),
        }
        Ok(())
    }
}

fn dumps(args: &[Value], kws: &[Keyword]) -> PyResult {
    let [obj] = args else {
        return fail("TypeError: dumps() takes 1 positional argument");
    };
    let mut e = Encoder { ensure_ascii: true, allow_nan: true, sort_keys: false, indent: None, separators: None, out: String::new() };
    for (name, v) in kws {
        match *name {
            "sort_keys" => e.sort_keys = truthy(v)?,
            "ensure_ascii" => e.ensure_ascii = truthy(v)?,
            "allow_nan" => e.allow_nan = truthy(v)?,
            "indent" => {
                e.indent = match v {
                    Value::None => None,
                    Value::Str(s) => Some(s.to_string()),
                    // A str's text never shows the indent (json.dumps returns it first); a
                    // larger one is CPython's MemoryError, which the interpreter reproduces.
                    Value::Int(_) if matches!(obj, Value::Str(_)) => Some(String::new()),
                    Value::Int(i) if (*i).max(0) as u64 > crate::sequence::MAX_ITEMS => return fail("json.dumps indent too large"),
                    Value::Int(i) => Some(" ".repeat((*i).max(0) as usize)),
                    _ => return fail("json.dumps indent of another type"),
                }
            }
            "separators" => {
                let pair = |items: &[Value]| match items {
                    [Value::Str(a), Value::Str(b)] => Some((a.to_string(), b.to_string())),
                    _ => None,
                };
                e.separators = match v {
                    Value::None => None,
                    Value::Tuple(t) => match pair(t) {
                        Some(p) => Some(p),
                        None => return fail("json.dumps separators other than two strs"),
                    },
                    Value::List(l) => match pair(&l.borrow()) {
                        Some(p) => Some(p),
                        None => return fail("json.dumps separators other than two strs"),
                    },
                    _ => return fail("json.dumps separators other than a tuple or list of two strs"),
                }
            }
            _ => return fail("json.dumps keyword not supported by the compiled runtime"),
        }
    }
    e.value(obj, 0)?;
    Ok(Value::str(&e.out))
}

fn loads(args: &[Value], kws: &[Keyword]) -> PyResult {
    let ([Value::Str(text)], []) = (args, kws) else {
        return fail("json.loads of a non-str, or with keywords");
    };
    // serde_json accepts only standard JSON: NaN, Infinity, lone surrogates and other texts
    // json.loads reads differently fall back (as do its JSONDecodeErrors).
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => from_json(&v),
        Err(_) => fail("json.loads of text serde_json does not read"),
    }
}

/// Call `json.dumps` or `json.loads`.
pub fn call(name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match name {
        "json.dumps" => dumps(args, kws),
        "json.loads" => loads(args, kws),
        _ => crate::fallback::fail_owned(format!("function {name} not supported by the compiled runtime")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: PyResult) -> String {
        match v {
            Ok(Value::Str(s)) => s.to_string(),
            _ => panic!("not a str"),
        }
    }

    #[test]
    fn dumps_like_cpython() {
        // Expected texts from python3.11.
        let d = crate::dict::dict_display(vec![
            (Value::str("b"), Value::list(vec![Value::Int(1), Value::Float(2.5), Value::None])),
            (Value::str("a"), Value::str("é\u{1F600}\n")),
        ])
        .unwrap();
        assert_eq!(text(call("json.dumps", &[d.clone()], &[])), r#"{"b": [1, 2.5, null], "a": "\u00e9\ud83d\ude00\n"}"#);
        assert_eq!(
            text(call("json.dumps", &[d.clone()], &[("sort_keys", Value::Bool(true)), ("indent", Value::Int(1))])),
            "{\n \"a\": \"\\u00e9\\ud83d\\ude00\\n\",\n \"b\": [\n  1,\n  2.5,\n  null\n ]\n}"
        );
        assert_eq!(text(call("json.dumps", &[d], &[("ensure_ascii", Value::Bool(false))])), "{\"b\": [1, 2.5, null], \"a\": \"é\u{1F600}\\n\"}");
        assert_eq!(text(call("json.dumps", &[Value::Float(f64::INFINITY)], &[])), "Infinity");
        assert!(call("json.dumps", &[Value::range(0, 1, 1)], &[]).is_err());
    }

    #[test]
    fn loads_reads_standard_json() {
        let v = call("json.loads", &[Value::str("{\"a\": [1, 2.5]}")], &[]).unwrap();
        assert_eq!(crate::repr::repr(&v).unwrap(), "{'a': [1, 2.5]}");
        assert!(call("json.loads", &[Value::str("NaN")], &[]).is_err());
        assert!(call("json.loads", &[Value::str("{bad")], &[]).is_err());
    }
}
