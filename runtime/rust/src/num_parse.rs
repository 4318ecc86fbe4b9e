//! `int(str)` and `float(str)` parsing by CPython's rules (base 10, PEP 515 underscores).
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

/// `int(s)` for a `str` `s`: optional sign, decimal digits (underscores allowed between digits,
/// leading zeros allowed), surrounding whitespace. Malformed text (`ValueError`) or a value past
/// 64 bits falls back.
pub fn parse_int(s: &str) -> Result<i64, Fallback> {
    let t = trimmed(s)?;
    let t = t.as_str();
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if !is_digit_part(digits) {
        return fail("ValueError: invalid literal for int()");
    }
    let mut value: i128 = 0;
    for b in digits.bytes().filter(|b| *b != b'_') {
        value = value * 10 + (b - b'0') as i128;
        if value > 1 << 64 {
            return fail("int() result outside 64 bits");
        }
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
