//! `int(str)`, `int(str, base)` and `float(str)` parsing by CPython's rules (PEP 515 underscores).
//!
//! As CPython does (`_PyUnicode_TransformDecimalAndSpaceToASCII`), the text is first made ASCII:
//! every `str.isspace()` character becomes a space and every decimal digit of any script (Unicode
//! category Nd) its ASCII digit; any other non-ASCII character makes the text invalid.

use crate::fallback::{fail, Fallback};
use crate::strings::is_space;
use crate::unicode_regex::DECIMAL_RANGES;

/// The value 0..9 of a decimal digit of any script. Unicode's Nd characters come in runs of ten
/// from 0 to 9, and every range of the table starts at a zero (checked by a test below).
fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_RANGES.partition_point(|&(_, hi)| hi < c);
    match DECIMAL_RANGES.get(i) {
        Some(&(lo, hi)) if lo <= c && c <= hi => Some((c - lo) % 10),
        _ => None,
    }
}

/// The text as ASCII (spaces and digits of other scripts replaced), trimmed of whitespace.
/// A character that is neither falls back as the `ValueError` CPython raises.
fn trimmed(s: &str) -> Result<String, Fallback> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            return fail("ValueError: invalid numeric text");
        }
    }
    Ok(out.trim_matches(|c: char| c.is_ascii() && is_space(c)).to_string())
}

/// Whether `s` is one or more digits with single underscores between digits.
fn is_digit_part(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'_')
}

/// CPython's limit on the digits of a non-power-of-two base (`sys.get_int_max_str_digits()`).
const MAX_STR_DIGITS: usize = 4300;

/// `int(s)` for a `str` `s`: `parse_int_base(s, 10)`.
pub fn parse_int(s: &str) -> Result<i64, Fallback> {
    parse_int_base(s, 10)
}

/// `int(s, base)` for a `str` `s` and `base` 0 or 2..=36, by CPython 3.11's rules
/// (`PyLong_FromUnicodeObject`): surrounding whitespace, an optional sign, then for base 16, 8
/// and 2 an optional `0x`/`0o`/`0b` prefix (any case), which base 0 requires to pick a base other
/// than 10 (base 0 without one allows no leading zero but in `0`, `00`, `0_0`, ...); digits of the
/// base in any case, single underscores between digits and after a prefix. Malformed text, more
/// than 4300 digits in a base that is not a power of two (both `ValueError`s), a bad base and a
/// value past 64 bits fall back.
pub fn parse_int_base(s: &str, base: u32) -> Result<i64, Fallback> {
    if !(base == 0 || (2..=36).contains(&base)) {
        return fail("ValueError: int() base must be >= 2 and <= 36, or 0");
    }
    let t = trimmed(s)?;
    let t = t.as_bytes();
    let invalid = || fail("ValueError: invalid literal for int()");
    let mut base = base;
    let (negative, mut rest) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut had_prefix = false;
    if rest.len() >= 2 && rest[0] == b'0' {
        let prefix_base = match rest[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            rest = &rest[2..];
            had_prefix = true;
        }
    }
    let zeros_only = base == 0 && rest.first() == Some(&b'0');
    if base == 0 {
        base = 10;
    }
    let mut value: i128 = 0;
    let mut digits = 0usize;
    let mut nonzero = false;
    let mut expect_digit = true; // at the start or after '_'
    for (i, &b) in rest.iter().enumerate() {
        if b == b'_' {
            if expect_digit && !(had_prefix && i == 0) {
                return invalid();
            }
            expect_digit = true;
            continue;
        }
        let d = match (b as char).to_digit(36) {
            Some(d) if d < base => d,
            _ => return invalid(),
        };
        digits += 1;
        nonzero |= d != 0;
        expect_digit = false;
        // Past 64 bits the value is only known to be too large (the rest is still validated).
        if value <= 1 << 64 {
            value = value * base as i128 + d as i128;
        }
    }
    if digits == 0 || expect_digit || (zeros_only && nonzero) {
        return invalid();
    }
    if !base.is_power_of_two() && digits > MAX_STR_DIGITS {
        return fail("ValueError: Exceeds the limit (4300 digits) for integer string conversion");
    }
    if value > 1 << 64 {
        return fail("int() result outside 64 bits");
    }
    let value = if negative { -value } else { value };
    i64::try_from(value).or_else(|_| fail("int() result outside 64 bits"))
}

/// `float(s)` for a `str` `s`: optional sign, then `inf`, `infinity` or `nan` in any case, or a
/// decimal number (`1.5`, `.5`, `5.`, `1e-7`, `1_000.5`), surrounding whitespace. Too-large values
/// become infinities as in CPython; malformed text falls back (`ValueError`).
pub fn parse_float(s: &str) -> Result<f64, Fallback> {
    let t = trimmed(s)?;
    let t = t.as_str();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let v = if lower == "nan" { f64::NAN } else { f64::INFINITY };
        return Ok(if t.starts_with('-') { -v } else { v });
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => {
            (int.is_empty() || is_digit_part(int))
                && (frac.is_empty() || is_digit_part(frac))
                && !(int.is_empty() && frac.is_empty())
        }
        None => is_digit_part(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| is_digit_part(e.strip_prefix(['+', '-']).unwrap_or(e)));
    if !mantissa_ok || !exponent_ok {
        return fail("ValueError: could not convert string to float");
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().or_else(|_| fail("ValueError: could not convert string to float"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(parse_int(" -42\n"), Ok(-42));
        assert_eq!(parse_int("+1_000"), Ok(1000));
        assert_eq!(parse_int("007"), Ok(7));
        assert_eq!(parse_int("-9223372036854775808"), Ok(i64::MIN));
        assert!(parse_int("9223372036854775808").is_err());
        // Digits of other scripts and Unicode spaces, as CPython reads them.
        assert_eq!(parse_int("\u{3000}-١٢\u{2003}"), Ok(-12));
        assert_eq!(parse_int("𝟗_٠"), Ok(90));
        for bad in ["", " ", "1_", "_1", "1__0", "- 1", "1.0", "0x10", "1e3", "١\u{2003}٢", "½", "x"] {
            assert!(parse_int(bad).is_err(), "{:?}", bad);
        }
    }

    #[test]
    fn ints_with_a_base() {
        let ok = |s: &str, b: u32| parse_int_base(s, b).ok();
        assert_eq!(ok("ff", 16), Some(255));
        assert_eq!(ok("  -0x_fF\t", 0), Some(-255));
        assert_eq!(ok("0b1", 16), Some(0xb1));
        assert_eq!(ok("0B1_0", 0), Some(2));
        assert_eq!(ok("0o17", 8), Some(15));
        assert_eq!(ok("1_0", 2), Some(2));
        assert_eq!(ok("Zz", 36), Some(35 * 36 + 35));
        assert_eq!(ok("0_0", 0), Some(0));
        assert_eq!(ok("00", 0), Some(0));
        assert_eq!(ok("\u{663}", 16), Some(3));
        assert_eq!(ok("-8000000000000000", 16), Some(i64::MIN));
        assert_eq!(ok("7fffffffffffffff", 16), Some(i64::MAX));
        assert_eq!(ok(&"0".repeat(5000), 16), Some(0));
        for (bad, b) in [("010", 0), ("0x", 16), ("0x_", 16), ("_1", 16), ("1__0", 10), ("2", 2), ("g", 16),
                         ("0b", 0), ("0 x1", 0), ("+", 10), ("", 0), ("0x10", 10), ("1_", 16), ("0x1", 8)] {
            assert!(parse_int_base(bad, b).is_err(), "{:?} {}", bad, b);
        }
        assert!(parse_int_base("8000000000000000", 16).is_err());
        assert!(parse_int_base(&"1".repeat(100), 2).is_err());
        // CPython refuses more than 4300 digits in base 10 even when the value is small.
        assert!(parse_int_base(&"0".repeat(4301), 10).is_err());
        assert_eq!(ok(&"0".repeat(4300), 10), Some(0));
        assert!(parse_int_base("1", 1).is_err());
        assert!(parse_int_base("1", 37).is_err());
    }

    #[test]
    fn decimal_ranges_start_at_zero() {
        for &(lo, hi) in DECIMAL_RANGES {
            assert_eq!((hi - lo + 1) % 10, 0, "{:x}", lo);
        }
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('a'), None);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1.5 "), Ok(1.5));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(parse_float("5."), Ok(5.0));
        assert_eq!(parse_float("1_0.2_5e1_0"), Ok(10.25e10));
        assert_eq!(parse_float("-Infinity"), Ok(f64::NEG_INFINITY));
        assert_eq!(parse_float("inf"), Ok(f64::INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1e500"), Ok(f64::INFINITY));
        assert_eq!(parse_float("\u{a0}١.٥e١ "), Ok(15.0));
        for bad in ["", ".", "٫5", "e5", "1e", "1_.5", "in", "infinit", "--1", "1.5.2", "0x1p3", "1,5"] {
            assert!(parse_float(bad).is_err(), "{:?}", bad);
        }
    }
}
