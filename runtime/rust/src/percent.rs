//! `str % args`: printf-style formatting with CPython 3.11's results (`PyUnicode_Format` in
//! `Objects/unicodeobject.c`), the same algorithm as the C++ evaluator's `percentFormat`
//! (`lib/Runtime/Format.cpp`).
//!
//! Supported: `%%`, the conversions `s r a c d i u o x X e E f F g G`, the flags `- + space # 0`,
//! widths and precisions as digits or `*` (taken from the arguments), one ignored length
//! modifier `h`, `l` or `L`, `%(key)s` with a `dict` argument, and a single non-tuple argument. Every
//! case CPython raises for (too few or too many arguments, a wrong argument type, a bad
//! conversion character, `%c` out of range, `%d` of NaN or infinity, a missing key, ...) falls
//! back, as do `%(key)` lookups in anything but a `dict` and widths or precisions too large to
//! be of use.

use std::fmt::Write;

use crate::dict::get_item;
use crate::fallback::{fail, Fallback};
use crate::format::{format_float_spec, layout_int, pad_text, Spec};
use crate::repr::{ascii, repr, to_str};
use crate::sequence::{char_count, MAX_ITEMS};
use crate::value::Value;

/// The largest precision accepted (the same bound as `format`'s).
const MAX_PRECISION: i64 = 5000;

/// The state of one `fmt % args` (CPython's `struct unicode_formatter_t`).
struct Formatter<'a> {
    args: &'a Value,
    /// CPython's `arglen` / `argidx`: `-1` / `-2` for a single non-tuple argument.
    arg_count: i64,
    arg_index: i64,
    /// Whether `args` is a mapping (it has `__getitem__` and is no tuple or str): `%(key)`
    /// needs one, and a mapping is never "not all converted".
    is_mapping: bool,
}

impl<'a> Formatter<'a> {
    /// CPython's `unicode_format_getnextarg`.
    fn next_arg(&mut self) -> Result<Value, Fallback> {
        if self.arg_count < 0 {
            if self.arg_index == -2 {
                self.arg_index = -1;
                return Ok(self.args.clone());
            }
        } else if self.arg_index < self.arg_count {
            if let Value::Tuple(items) = self.args {
                let v = items[self.arg_index as usize].clone();
                self.arg_index += 1;
                return Ok(v);
            }
        }
        fail("TypeError: not enough arguments for format string")
    }
}

/// `fmt % args` for a `str` `fmt`.
pub fn percent_format(fmt: &str, args: &Value) -> Result<String, Fallback> {
    let mut f = Formatter {
        args,
        arg_count: -1,
        arg_index: -2,
        is_mapping: matches!(args, Value::Dict(_) | Value::List(_) | Value::Range(..) | Value::Match(_)),
    };
    if let Value::Tuple(items) = args {
        f.arg_count = items.len() as i64;
        f.arg_index = 0;
    }
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < bytes.len() {
        let next = match fmt[pos..].find('%') {
            Some(k) => pos + k,
            None => {
                out.push_str(&fmt[pos..]);
                break;
            }
        };
        out.push_str(&fmt[pos..next]);
        pos = next + 1;
        format_one(&mut f, fmt, &mut pos, next, &mut out)?;
        if out.len() as u64 > MAX_ITEMS {
            return fail("formatted text too large");
        }
    }
    if f.arg_index < f.arg_count && !f.is_mapping {
        return fail("TypeError: not all arguments converted during string formatting");
    }
    Ok(out)
}

/// A width or precision: digits, or `*` (the next argument, an `int`). Returns `None` when
/// neither is there.
fn count(f: &mut Formatter, bytes: &[u8], pos: &mut usize) -> Result<Option<i64>, Fallback> {
    if *pos < bytes.len() && bytes[*pos] == b'*' {
        *pos += 1;
        return match f.next_arg()? {
            Value::Int(n) => Ok(Some(n)),
            Value::Bool(b) => Ok(Some(b as i64)),
            _ => fail("TypeError: * wants int"),
        };
    }
    let start = *pos;
    let mut n: i64 = 0;
    while *pos < bytes.len() && bytes[*pos].is_ascii_digit() {
        n = n * 10 + (bytes[*pos] - b'0') as i64;
        if n > MAX_ITEMS as i64 {
            return fail("width or precision too large");
        }
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

/// One conversion; `*pos` is just past its `%` (at `start`).
fn format_one(f: &mut Formatter, fmt: &str, pos: &mut usize, start: usize, out: &mut String) -> Result<(), Fallback> {
    let bytes = fmt.as_bytes();
    let mut keyed: Option<Value> = None;
    if *pos < bytes.len() && bytes[*pos] == b'(' {
        if !f.is_mapping {
            return fail("TypeError: format requires a mapping");
        }
        let mut depth = 1;
        *pos += 1;
        let key_start = *pos;
        while *pos < bytes.len() && depth > 0 {
            match bytes[*pos] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return fail("ValueError: incomplete format key");
        }
        let key = Value::str(&fmt[key_start..*pos - 1]);
        keyed = Some(match f.args {
            Value::Dict(d) => get_item(&d.borrow(), &key)?,
            _ => return fail("%(key) lookup in a mapping other than a dict"),
        });
        // Keyed conversions never use positional arguments.
        f.arg_count = -1;
        f.arg_index = -1;
    }
    let (mut left, mut plus, mut blank, mut alt, mut zero) = (false, false, false, false, false);
    while *pos < bytes.len() {
        match bytes[*pos] {
            b'-' => left = true,
            b'+' => plus = true,
            b' ' => blank = true,
            b'#' => alt = true,
            b'0' => zero = true,
            _ => break,
        }
        *pos += 1;
    }
    let mut width = count(f, bytes, pos)?;
    if let Some(w) = width {
        if w < 0 {
            left = true;
            width = Some(w.checked_neg().map_or(fail("ValueError: width too big"), Ok)?);
        }
    }
    let mut precision = None;
    if *pos < bytes.len() && bytes[*pos] == b'.' {
        *pos += 1;
        precision = Some(count(f, bytes, pos)?.unwrap_or(0).max(0));
    }
    if width.is_some_and(|w| w as u64 > MAX_ITEMS) || precision.is_some_and(|p| p > MAX_PRECISION) {
        return fail("width or precision too large");
    }
    // One length modifier is skipped (`%ld`); a second one is the conversion (`%lld` raises).
    if *pos < bytes.len() && matches!(bytes[*pos], b'h' | b'l' | b'L') {
        *pos += 1;
    }
    if *pos >= bytes.len() {
        return fail("ValueError: incomplete format");
    }
    let conv = bytes[*pos];
    // A non-ASCII conversion character is a ValueError; stepping one byte is enough to fail.
    *pos += 1;
    if conv == b'%' && *pos == start + 2 {
        out.push('%');
        return Ok(());
    }
    // CPython fetches the argument before it checks the conversion.
    let arg = match keyed {
        Some(v) => v,
        None => f.next_arg()?,
    };
    if !(left || plus || blank || alt || zero) && width.is_none() && precision.is_none() {
        // The everyday conversions, written straight into `out`: exactly the text of the general
        // code below (`%s` of a str is its text; `%d`, `%i`, `%u` and `%s` of an int, not a
        // bool, are its decimal digits with a leading `-` when negative).
        match (conv, &arg) {
            (b's', Value::Str(s)) => {
                out.push_str(s);
                return Ok(());
            }
            (b'd' | b'i' | b'u' | b's', Value::Int(i)) => {
                let _ = write!(out, "{}", i);
                return Ok(());
            }
            _ => {}
        }
    }
    let sign = if plus { Some('+') } else if blank { Some(' ') } else { None };
    match conv {
        b's' | b'r' | b'a' => {
            let mut text = match conv {
                b's' => to_str(&arg)?,
                b'r' => repr(&arg)?,
                _ => ascii(&arg)?,
            };
            let mut len = char_count(&text);
            if let Some(p) = precision {
                if (p as usize) < len {
                    len = p as usize;
                    if let Some((b, _)) = text.char_indices().nth(len) {
                        text.truncate(b);
                    }
                }
            }
            out.push_str(&pad_text(&text, len, width, left));
            Ok(())
        }
        b'c' => {
            let c = match &arg {
                Value::Str(s) if s.char_len() == 1 => s.chars().next(),
                Value::Int(_) | Value::Bool(_) => {
                    let code = arg.as_int().unwrap_or(-1);
                    if !(0..=0x10FFFF).contains(&code) {
                        return fail("OverflowError: %c arg not in range(0x110000)");
                    }
                    match char::from_u32(code as u32) {
                        Some(c) => Some(c),
                        None => return fail("%c of a surrogate"),
                    }
                }
                _ => return fail("TypeError: %c requires int or char"),
            };
            let mut text = String::new();
            text.extend(c);
            out.push_str(&pad_text(&text, 1, width, left));
            Ok(())
        }
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
            let (negative, mut digits) = match (&arg, conv) {
                (Value::Int(_) | Value::Bool(_), _) => {
                    let i = arg.as_int().unwrap_or(0);
                    let m = i.unsigned_abs();
                    (i < 0, match conv {
                        b'o' => format!("{:o}", m),
                        b'x' => format!("{:x}", m),
                        b'X' => format!("{:X}", m),
                        _ => m.to_string(),
                    })
                }
                (Value::Float(x), b'd' | b'i' | b'u') => {
                    if !x.is_finite() {
                        return fail("ValueError/OverflowError: %d of a NaN or infinity");
                    }
                    // `int(x)`: Rust's fixed-point formatting of an integral float is exact.
                    let t = x.trunc();
                    (t < 0.0, format!("{:.0}", t.abs()))
                }
                _ => return fail("TypeError: %d format: a number is required"),
            };
            if let Some(p) = precision {
                if p as usize > digits.len() {
                    digits.insert_str(0, &"0".repeat(p as usize - digits.len()));
                }
            }
            let prefix = match conv {
                b'o' if alt => "0o",
                b'x' if alt => "0x",
                b'X' if alt => "0X",
                _ => "",
            };
            let spec = Spec::printf(width, left, sign, alt, zero, Some('d'), None);
            out.push_str(&layout_int(negative, prefix, &digits, &spec)?);
            Ok(())
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            let x = match arg {
                Value::Float(x) => x,
                // Exact for every i64: `as` rounds to nearest, ties to even, as `float(int)`.
                Value::Int(i) => i as f64,
                Value::Bool(b) => b as i64 as f64,
                _ => return fail("TypeError: must be real number"),
            };
            let spec = Spec::printf(width, left, sign, alt, zero, Some(conv as char), Some(precision.unwrap_or(6)));
            out.push_str(&format_float_spec(x, &spec)?);
            Ok(())
        }
        _ => fail("ValueError: unsupported format character"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(fmt: &str, args: Value) -> String {
        percent_format(fmt, &args).unwrap_or_else(|e| panic!("{:?} % {:?}: {}", fmt, args, e))
    }

    fn t(items: Vec<Value>) -> Value {
        Value::tuple(items)
    }

    // Expected texts from CPython 3.11.
    #[test]
    fn conversions() {
        assert_eq!(p("%s: %d", t(vec![Value::str("a"), Value::Int(5)])), "a: 5");
        assert_eq!(p("%5.2f|%-6.1e|%g", t(vec![Value::Float(3.14159), Value::Float(1234.5), Value::Float(1e-5)])),
                   " 3.14|1.2e+03|1e-05");
        assert_eq!(p("%r %a", t(vec![Value::str("é"), Value::str("é😀")])), "'é' '\\xe9\\U0001f600'");
        assert_eq!(p("%#x %#X %#o %x", t(vec![Value::Int(255), Value::Int(255), Value::Int(8), Value::Int(-255)])),
                   "0xff 0XFF 0o10 -ff");
        assert_eq!(p("%c%c", t(vec![Value::Int(233), Value::str("z")])), "éz");
        assert_eq!(p("%%|%5s|%-5s|%05d|%+d|% d", t(vec![Value::str("ab"), Value::str("ab"), Value::Int(-42),
                                                        Value::Int(3), Value::Int(3)])),
                   "%|   ab|ab   |-0042|+3| 3");
        assert_eq!(p("%*d|%-*d|%.*f", t(vec![Value::Int(4), Value::Int(1), Value::Int(-4), Value::Int(2),
                                             Value::Int(-3), Value::Float(1.5)])),
                   "   1|2   |2");
        assert_eq!(p("%#.3x|%08.3d", t(vec![Value::Int(5), Value::Int(5)])), "0x005|00000005");
        assert_eq!(p("%d", Value::Float(1e20)), "100000000000000000000");
        assert_eq!(p("%d", Value::Float(-0.5)), "0");
        assert_eq!(p("%x|%c|%f", t(vec![Value::Bool(true), Value::Bool(true), Value::Bool(true)])),
                   "1|\u{1}|1.000000");
        assert_eq!(p("%.0g|%#.0e|%g", t(vec![Value::Float(123.0), Value::Float(5.0), Value::Float(-0.0)])),
                   "1e+02|5.e+00|-0");
        assert_eq!(p("%.3s", Value::str("héllo")), "hél");
        assert_eq!(p("%05s|%05c", t(vec![Value::str("a"), Value::str("a")])), "    a|    a");
        assert_eq!(p("%s", Value::list(vec![Value::Int(1)])), "[1]");
        assert_eq!(p("%ld", Value::Int(5)), "5");
        assert_eq!(p("%05f|%+F", t(vec![Value::Float(f64::INFINITY), Value::Float(f64::NAN)])), "00inf|+NAN");
    }

    // The fast path (no flags, width or precision) and the general path agree; expected texts
    // from CPython 3.11.
    #[test]
    fn plain_conversions_of_ints_and_strs() {
        let cases: Vec<(&str, Value, &str)> = vec![
            ("k%d", Value::Int(0), "k0"),
            ("%d", Value::Int(i64::MAX), "9223372036854775807"),
            ("%i|%u", t(vec![Value::Int(i64::MIN), Value::Int(-7)]), "-9223372036854775808|-7"),
            ("%s", Value::Int(i64::MIN), "-9223372036854775808"),
            ("%d|%s", t(vec![Value::Bool(true), Value::Bool(false)]), "1|False"),
            ("%s=%s", t(vec![Value::str("é"), Value::str("")]), "é="),
            ("%s|%s|%s|%d", t(vec![Value::Float(-0.0), Value::Float(f64::NAN), Value::Float(1e16), Value::Float(-2.5)]),
             "-0.0|nan|1e+16|-2"),
            ("%s", Value::None, "None"),
            ("%1d|%.1d|%-d|%0d", t(vec![Value::Int(-3), Value::Int(-3), Value::Int(-3), Value::Int(-3)]), "-3|-3|-3|-3"),
        ];
        for (fmt, args, want) in cases {
            assert_eq!(p(fmt, args), want, "{:?}", fmt);
        }
    }

    #[test]
    fn mappings() {
        let mut d = crate::dict::Dict::new();
        crate::dict::set_item(&mut d, &Value::str("a"), Value::Int(1)).unwrap();
        crate::dict::set_item(&mut d, &Value::str("(b)"), Value::str("x")).unwrap();
        let d = Value::from_dict(d);
        assert_eq!(p("%(a)s %((b))s %%", d.clone()), "1 x %");
        assert_eq!(p("abc", d.clone()), "abc");
        assert_eq!(p("abc", Value::list(vec![])), "abc");
        assert_eq!(p("abc", t(vec![])), "abc");
        assert!(percent_format("%s %(a)s", &d).is_ok());
        for (fmt, args) in [("%(a)s %s", d.clone()), ("%(z)s", d.clone()), ("%(a)*d", d.clone()), ("abc", Value::Int(5)),
                            ("%s %s", Value::Int(1)), ("%5%", t(vec![])), ("%5%", Value::Int(3)), ("%(a)", d.clone()),
                            ("%y", Value::Int(1)), ("%x", Value::Float(1.0)), ("%d", Value::Float(f64::NAN)),
                            ("%c", Value::Int(0x110000)), ("%c", Value::str("ab")), ("%(a)s", t(vec![])),
                            ("%s", t(vec![Value::Int(1), Value::Int(2)])), ("%", t(vec![])), ("%f", Value::str("1"))] {
            assert!(percent_format(fmt, &args).is_err(), "{:?} % {:?}", fmt, args);
        }
    }
}
