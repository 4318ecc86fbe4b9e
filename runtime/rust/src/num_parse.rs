//! `int(str)` and `float(str)` parsing by CPython's rules (base 10, PEP 515 underscores).
//!
//! Only ASCII text is parsed: CPython also accepts non-ASCII digits and spaces, and those inputs
//! fall back rather than be guessed at.

use crate::fallback::{fail, Fallback};

/// Whitespace `int()`/`float()` strip from both ends (ASCII characters that `str.isspace()`
/// accepts, including the separators U+001C..U+001F).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f')
}

fn trimmed(s: &str) -> Result<&str, Fallback> {
    if !s.is_ascii() {
        return fail("non-ASCII numeric text");
    }
    Ok(s.trim_matches(is_space))
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
        for bad in ["", " ", "1_", "_1", "1__0", "- 1", "1.0", "0x10", "1e3", "١"] {
            assert!(parse_int(bad).is_err(), "{:?}", bad);
        }
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
        for bad in ["", ".", "e5", "1e", "1_.5", "in", "infinit", "--1", "1.5.2", "0x1p3", "1,5"] {
            assert!(parse_float(bad).is_err(), "{:?}", bad);
        }
    }
}
