//! `fmt.format(*args, **kwargs)` with CPython 3.11's results (`Objects/stringlib/
//! unicode_format.h`), the same algorithm as the C++ evaluator's `strFormat`
//! (`lib/Runtime/Methods.cpp`).
//!
//! Supported: literal text with `{{` and `}}`; replacement fields `{}` (automatic numbering),
//! `{0}` (manual numbering), `{name}` (a keyword argument), followed by any number of element
//! accesses `[digits]` (an int index) or `[key]` (a str key) as the runtime's `x[i]` does them
//! and attribute accesses `.name` as `getattr` (`attributes.rs`) does them (`{0.real}`);
//! the conversions `!r`, `!s` and `!a`; and a format spec (`format::format_value`) that may itself
//! hold replacement fields one level deep (`{:{width}.{prec}f}`). Everything CPython raises for
//! falls back (a missing argument or key, mixed numbering, a bad conversion, unbalanced braces,
//! a bad spec), as do attributes `getattr` does not implement (CPython's `AttributeError`
//! included).

use crate::attributes::getattr;
use crate::builtins::Keyword;
use crate::fallback::{fail, Fallback};
use crate::format::format_value;
use crate::repr::{ascii, repr, to_str};
use crate::sequence::{get_index, MAX_ITEMS};
use crate::value::Value;

/// The numbering state of one `format` call (CPython's `AutoNumber`).
struct Expander<'a> {
    args: &'a [Value],
    kwargs: &'a [Keyword<'a>],
    /// The next automatic index; `None` once manual numbering was used.
    auto_index: Option<usize>,
    used_auto: bool,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: &[Value], kwargs: &[Keyword]) -> Result<String, Fallback> {
    let mut e = Expander { args, kwargs, auto_index: Some(0), used_auto: false };
    e.expand(fmt, 0)
}

impl<'a> Expander<'a> {
    /// `build_string`: the text of `fmt`, at nesting `depth` (0 for the whole string, 1 in a
    /// format spec).
    fn expand(&mut self, fmt: &str, depth: u32) -> Result<String, Fallback> {
        if depth > 1 {
            return fail("ValueError: Max string recursion exceeded");
        }
        let bytes = fmt.as_bytes();
        let mut out = String::with_capacity(fmt.len() + 16);
        let mut i = 0;
        let mut literal_start = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'}' => {
                    out.push_str(&fmt[literal_start..i]);
                    if i + 1 < bytes.len() && bytes[i + 1] == b'}' {
                        out.push('}');
                        i += 2;
                        literal_start = i;
                        continue;
                    }
                    return fail("ValueError: Single '}' encountered in format string");
                }
                b'{' => {
                    out.push_str(&fmt[literal_start..i]);
                    if i + 1 < bytes.len() && bytes[i + 1] == b'{' {
                        out.push('{');
                        i += 2;
                        literal_start = i;
                        continue;
                    }
                    // The matching '}' (braces inside belong to the format spec; in the field
                    // name, before a ':' or '!', braces inside [...] belong to a key, as in
                    // CPython's MarkupIterator_next: '{0[}]}' looks up the key '}').
                    let mut level = 1;
                    let mut j = i + 1;
                    let mut in_name = true;
                    while j < bytes.len() {
                        match bytes[j] {
                            b'[' if in_name => match fmt[j..].find(']') {
                                Some(k) => j += k,
                                None => j = bytes.len() - 1,
                            },
                            b':' | b'!' => in_name = false,
                            b'{' => level += 1,
                            b'}' => {
                                level -= 1;
                                if level == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    if j >= bytes.len() {
                        return fail("ValueError: expected '}' before end of string");
                    }
                    let text = self.field(&fmt[i + 1..j], depth)?;
                    out.push_str(&text);
                    if out.len() as u64 > MAX_ITEMS {
                        return fail("formatted text too large");
                    }
                    i = j + 1;
                    literal_start = i;
                }
                _ => i += 1,
            }
        }
        out.push_str(&fmt[literal_start..]);
        Ok(out)
    }

    /// One replacement field's text: `body` is `name[!conversion][:spec]`.
    fn field(&mut self, body: &str, depth: u32) -> Result<String, Fallback> {
        let bytes = body.as_bytes();
        // parse_field: the name ends at ':' or '!' outside brackets; '{' may not occur in it.
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'{' => return fail("ValueError: unexpected '{' in field name"),
                b'[' => {
                    while i < bytes.len() && bytes[i] != b']' {
                        i += 1;
                    }
                    continue;
                }
                b':' | b'!' => break,
                _ => i += 1,
            }
        }
        let name = &body[..i];
        let mut conversion = None;
        if i < bytes.len() && bytes[i] == b'!' {
            if i + 1 >= bytes.len() {
                return fail("ValueError: end of string while looking for conversion specifier");
            }
            // A multi-byte conversion character is no conversion CPython knows either.
            conversion = Some(bytes[i + 1]);
            i += 2;
            if i < bytes.len() && bytes[i] != b':' {
                return fail("ValueError: expected ':' after conversion specifier");
            }
        }
        let spec = if i < bytes.len() { &body[i + 1..] } else { "" };
        let value = self.lookup(name)?;
        let value = match conversion {
            None => value,
            Some(b'r') => Value::string(repr(&value)?),
            Some(b's') => Value::string(to_str(&value)?),
            Some(b'a') => Value::string(ascii(&value)?),
            Some(_) => return fail("ValueError: Unknown conversion specifier"),
        };
        if spec.contains('{') {
            let spec = self.expand(spec, depth + 1)?;
            format_value(&value, &spec)
        } else {
            format_value(&value, spec)
        }
    }

    /// `get_field_object`: the argument `name` names, then its element accesses.
    fn lookup(&mut self, name: &str) -> Result<Value, Fallback> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            let index = match self.auto_index {
                Some(i) => i,
                None => {
                    return fail("ValueError: cannot switch from manual field specification to automatic field numbering")
                }
            };
            self.used_auto = true;
            self.auto_index = Some(index + 1);
            self.positional(index)?
        } else if first.bytes().all(|b| b.is_ascii_digit()) {
            if self.used_auto {
                return fail("ValueError: cannot switch from automatic field numbering to manual field specification");
            }
            self.auto_index = None;
            let index: usize = match first.parse() {
                Ok(i) => i,
                Err(_) => return fail("ValueError: Too many decimal digits in format string"),
            };
            self.positional(index)?
        } else {
            match self.kwargs.iter().rev().find(|(k, _)| *k == first) {
                Some((_, v)) => v.clone(),
                None => return fail("KeyError: a format field names no keyword argument"),
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(after_dot) = rest.strip_prefix('.') {
                // `_FieldNameIterator_attr`: the name runs to the next '.' or '['.
                let end = after_dot.find(['.', '[']).unwrap_or(after_dot.len());
                let attr = &after_dot[..end];
                if attr.is_empty() {
                    return fail("ValueError: Empty attribute in format string");
                }
                value = getattr(&[value, Value::str(attr)])?;
                rest = &after_dot[end..];
                continue;
            }
            // rest starts with '['.
            let close = match rest.find(']') {
                Some(c) => c,
                None => return fail("ValueError: Missing ']' in format string"),
            };
            let key = &rest[1..close];
            if key.is_empty() {
                return fail("ValueError: Empty attribute in format string");
            }
            let index = if key.bytes().all(|b| b.is_ascii_digit()) {
                match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => return fail("an element index past 64 bits"),
                }
            } else {
                Value::str(key)
            };
            value = get_index(&value, &index)?;
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return fail("ValueError: Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        Ok(value)
    }

    fn positional(&self, index: usize) -> Result<Value, Fallback> {
        match self.args.get(index) {
            Some(v) => Ok(v.clone()),
            None => fail("IndexError: Replacement index out of range for positional args tuple"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(fmt: &str, args: &[Value], kwargs: &[Keyword]) -> String {
        str_format(fmt, args, kwargs).unwrap_or_else(|e| panic!("{:?}.format: {}", fmt, e))
    }

    // Expected texts from CPython 3.11.
    #[test]
    fn fields() {
        let args = [Value::str("é"), Value::Int(42), Value::Float(2.5)];
        assert_eq!(f("{} {} {}", &args, &[]), "é 42 2.5");
        assert_eq!(f("{2}{0}{{}}{1!r}", &args, &[]), "2.5é{}42");
        assert_eq!(f("{0!r:>6}|{0!a}|{1:#06x}|{2:{1}.3f}|", &args, &[]),
                   "   'é'|'\\xe9'|0x002a|                                     2.500|");
        let kw = [("name", Value::list(vec![Value::Int(7), Value::str("x")]))];
        assert_eq!(f("{name[1]}{name[0]:03}{name}", &[], &kw), "x007[7, 'x']");
        assert_eq!(f("{:{}}|", &[Value::str("ab"), Value::Int(4)], &[]), "ab  |");
        assert_eq!(f("", &[], &[]), "");
        for bad in ["{", "}", "{0}{}", "{}{0}", "{3}", "{x}", "{0!x}", "{0!}", "{0!rr}", "{0[}", "{0.real}",
                    "{:{:{}}}", "{0[]}", "{0:d}", "{a{b}}", "{0[0]x}"] {
            assert!(str_format(bad, &args, &[]).is_err(), "{:?}", bad);
        }
    }
}
