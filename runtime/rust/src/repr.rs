//! `repr()` and `str()` of values, exactly as CPython 3.11 writes them.

use std::fmt::Write;
use std::rc::Rc;

use crate::builtins::{is_function_name, is_type_name};
use crate::fallback::{fail, Fallback};
use crate::float_repr::float_repr;
use crate::unicode_printable::is_printable;
use crate::value::{Value, ViewKind};

/// How deeply nested containers may be printed before falling back (CPython raises
/// `RecursionError` somewhat deeper).
const MAX_DEPTH: usize = 200;

/// `repr(v)`. A function's repr holds its address, which compiled code cannot know: it falls
/// back, as does an unbound value. A builtin shows as `<class 'list'>` or
/// `<built-in function len>`.
pub fn repr(v: &Value) -> Result<String, Fallback> {
    let mut out = String::new();
    write_repr(v, &mut out, &mut Vec::new())?;
    Ok(out)
}

/// `str(v)`: the text itself for a `str`, otherwise `repr(v)`.
pub fn to_str(v: &Value) -> Result<String, Fallback> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        _ => repr(v),
    }
}

/// `ascii(v)`: `repr(v)` with every non-ASCII code point escaped as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (what `%a` and `!a` insert).
pub fn ascii(v: &Value) -> Result<String, Fallback> {
    let text = repr(v)?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        // Writing to a String cannot fail.
        let _ = match code {
            0..=0x7F => {
                out.push(c);
                Ok(())
            }
            0x80..=0xFF => write!(out, "\\x{:02x}", code),
            0x100..=0xFFFF => write!(out, "\\u{:04x}", code),
            _ => write!(out, "\\U{:08x}", code),
        };
    }
    Ok(out)
}

/// Append `str(v)` to `out` (what `print` writes for one argument).
pub fn write_str(v: &Value, out: &mut String) -> Result<(), Fallback> {
    match v {
        Value::Str(s) => {
            out.push_str(s);
            Ok(())
        }
        _ => write_repr(v, out, &mut Vec::new()),
    }
}

/// The identity of a shared container, for `write_repr`'s list of containers being printed.
type Identity = *const ();

/// Append `repr(v)` to `out`. `open` holds the lists and dicts being printed: a list met again
/// inside itself prints as `[...]`, a dict as `{...}`, as in CPython.
fn write_repr(v: &Value, out: &mut String, open: &mut Vec<Identity>) -> Result<(), Fallback> {
    if open.len() > MAX_DEPTH {
        return fail("repr nested too deeply");
    }
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{}", i);
        }
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) => write_str_repr(s, out),
        Value::List(l) => {
            let id = Rc::as_ptr(l) as Identity;
            if open.contains(&id) {
                out.push_str("[...]");
                return Ok(());
            }
            open.push(id);
            write_items(&l.borrow(), out, open)?;
            open.pop();
        }
        Value::Dict(d) => {
            let id = Rc::as_ptr(d) as Identity;
            if open.contains(&id) {
                out.push_str("{...}");
                return Ok(());
            }
            open.push(id);
            out.push('{');
            for (i, (k, v)) in d.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(k, out, open)?;
                out.push_str(": ");
                write_repr(v, out, open)?;
            }
            out.push('}');
            open.pop();
        }
        Value::DictView(d, kind) => {
            // CPython guards the view object itself against recursion ("..." when met again),
            // which compiled code cannot tell apart from another view of the same dict: a view
            // met while a view of its dict is being printed falls back. The marker is the dict's
            // address with its low bit set, so the dict itself still prints as usual.
            let marker = (Rc::as_ptr(d) as usize | 1) as Identity;
            if open.contains(&marker) {
                return fail("repr of a dict view inside its own dict");
            }
            let (name, items) = match kind {
                ViewKind::Keys => ("dict_keys(", d.borrow().keys()),
                ViewKind::Values => ("dict_values(", d.borrow().values()),
                ViewKind::Items => ("dict_items(", d.borrow().items()),
            };
            out.push_str(name);
            open.push(marker);
            write_items(&items, out, open)?;
            open.pop();
            out.push(')');
        }
        Value::Tuple(t) => {
            out.push('(');
            for (i, item) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out, open)?;
            }
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Range(r) => {
            let (start, stop, step) = (&r.0, &r.1, &r.2);
            let _ = if *step == 1 {
                write!(out, "range({}, {})", start, stop)
            } else {
                write!(out, "range({}, {}, {})", start, stop, step)
            };
        }
        Value::Function(_) => return fail("repr of a function shows its address"),
        Value::Cell(_) => return fail("repr of a cell"),
        Value::Iter(_) => return fail("repr of an iterator shows its address"),
        Value::Match(m) => out.push_str(&crate::match_object::repr(m)),
        Value::Pattern(p) => out.push_str(&crate::pattern_object::repr(p)),
        Value::Set(s) => {
            let items = crate::set::ordered_items(s)?;
            match items.first() {
                None => out.push_str("set()"),
                Some(item) => {
                    out.push('{');
                    write_repr(item, out, open)?;
                    out.push('}');
                }
            }
        }
        Value::Builtin(name) => {
            if is_type_name(name) || **name == "NoneType" {
                let _ = write!(out, "<class '{}'>", name);
            } else if is_function_name(name) {
                let _ = write!(out, "<built-in function {}>", name);
            } else if let Some(text) = crate::method_descriptor::repr(name) {
                out.push_str(&text);
            } else {
                return fail("repr of an unknown builtin");
            }
        }
        // CPython shows `<built-in method get of dict object at 0x...>`: an address.
        Value::BoundMethod(_) => return fail("repr of a bound method shows an address"),
        Value::Undefined => return fail("read of an unbound name"),
    }
    Ok(())
}

/// Append `[item, item, ...]`.
fn write_items(items: &[Value], out: &mut String, open: &mut Vec<Identity>) -> Result<(), Fallback> {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(item, out, open)?;
    }
    out.push(']');
    Ok(())
}

/// Append CPython's `repr()` of the string `s`: single quotes unless `s` contains `'` and no `"`;
/// `\\`, the quote, `\t`, `\n`, `\r` escaped; other non-printable characters as `\xNN`, `\uNNNN`
/// or `\UNNNNNNNN` (lowercase hex).
pub fn write_str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: &Value) -> String {
        repr(v).unwrap()
    }

    #[test]
    fn string_quotes_and_escapes() {
        assert_eq!(r(&Value::str("abc")), "'abc'");
        assert_eq!(r(&Value::str("it's")), "\"it's\"");
        assert_eq!(r(&Value::str("say \"hi\"")), "'say \"hi\"'");
        assert_eq!(r(&Value::str("both ' and \"")), "'both \\' and \"'");
        assert_eq!(r(&Value::str("a\\b\n\t\r")), "'a\\\\b\\n\\t\\r'");
        assert_eq!(r(&Value::str("\x00\x1b\x7f")), "'\\x00\\x1b\\x7f'");
        assert_eq!(r(&Value::str("é\u{a0}\u{ad}")), "'é\\xa0\\xad'");
        assert_eq!(r(&Value::str("\u{2028}\u{200b}日本")), "'\\u2028\\u200b日本'");
        assert_eq!(r(&Value::str("\u{e0001}\u{1f600}")), "'\\U000e0001\u{1f600}'");
        assert_eq!(r(&Value::str("\u{3000} ")), "'\\u3000 '");
    }

    #[test]
    fn containers_and_scalars() {
        assert_eq!(r(&Value::tuple(vec![])), "()");
        assert_eq!(r(&Value::tuple(vec![Value::Int(1)])), "(1,)");
        assert_eq!(r(&Value::tuple(vec![Value::Int(1), Value::Bool(true)])), "(1, True)");
        assert_eq!(r(&Value::list(vec![Value::Float(2.0), Value::None, Value::str("x")])), "[2.0, None, 'x']");
        assert_eq!(r(&Value::range(0, 5, 1)), "range(0, 5)");
        assert_eq!(r(&Value::range(5, 0, -2)), "range(5, 0, -2)");
        assert_eq!(to_str(&Value::str("it's")).unwrap(), "it's");
        assert_eq!(to_str(&Value::Float(1e16)).unwrap(), "1e+16");
        assert!(repr(&Value::function("f@1:1")).is_err());
    }

    #[test]
    fn self_containing_list() {
        let l = Value::list(vec![Value::Int(1)]);
        if let Value::List(inner) = &l {
            inner.borrow_mut().push(l.clone());
        }
        assert_eq!(r(&l), "[1, [...]]");
    }

    #[test]
    fn dicts_views_and_builtins() {
        let d = Value::dict();
        assert_eq!(r(&d), "{}");
        if let Value::Dict(inner) = &d {
            let mut m = inner.borrow_mut();
            crate::dict::set_item(&mut m, &Value::str("a"), Value::Int(1)).unwrap();
            crate::dict::set_item(&mut m, &Value::Int(2), Value::list(vec![Value::None])).unwrap();
            crate::dict::set_item(&mut m, &Value::tuple(vec![]), d.clone()).unwrap();
        }
        assert_eq!(r(&d), "{'a': 1, 2: [None], (): {...}}");
        if let Value::Dict(inner) = &d {
            let keys = Value::DictView(inner.clone(), ViewKind::Keys);
            assert_eq!(r(&keys), "dict_keys(['a', 2, ()])");
            let items = Value::DictView(inner.clone(), ViewKind::Items);
            // The items hold the dict itself.
            assert_eq!(r(&items), "dict_items([('a', 1), (2, [None]), ((), {'a': 1, 2: [None], (): {...}})])");
            // A keys view inside its own dict prints its keys (no recursion, as in CPython).
            crate::dict::set_item(&mut inner.borrow_mut(), &Value::str("v"), keys).unwrap();
            assert_eq!(r(&d), "{'a': 1, 2: [None], (): {...}, 'v': dict_keys(['a', 2, (), 'v'])}");
            // A values view met again inside itself prints "..." in CPython; compiled code
            // cannot tell it from another view of the dict, so it falls back.
            let values = Value::DictView(inner.clone(), ViewKind::Values);
            crate::dict::set_item(&mut inner.borrow_mut(), &Value::str("w"), values.clone()).unwrap();
            assert!(repr(&values).is_err());
        }
        assert_eq!(r(&Value::Builtin(&"list")), "<class 'list'>");
        assert_eq!(r(&Value::Builtin(&"len")), "<built-in function len>");
        assert_eq!(to_str(&Value::Builtin(&"ValueError")).unwrap(), "<class 'ValueError'>");
    }
}
