//! `format(value, spec)` for `str`, `int` (and `bool`) and `float`: CPython 3.11's format-spec
//! mini-language (`[[fill]align][sign][z][#][0][width][,|_][.precision][type]`), ported from
//! `Python/formatter_unicode.c` (`parse_internal_render_format_spec`, `calc_number_widths`,
//! `fill_number`), `Objects/unicodeobject.c` (`_PyUnicode_InsertThousandsGrouping`) and
//! `Python/pystrtod.c` (`format_float_short`).
//!
//! Supported: fill, the four alignments, width, signs, `z`, `#`, `0`, `,` and `_` grouping,
//! precision, and the types `s` (str); `d b o x X c` and `n` (int; `n` is `d` in the C locale);
//! `e E f F g G %`, `n` (`g` in the C locale) and none (float, and int converted to float).
//! Anything CPython rejects (`ValueError`/`TypeError`), and widths or precisions past sane sizes
//! fall back.
//! An empty spec is `str(value)` for every value.
//!
//! Float digits come from Rust's formatting (`{:.N}` / `{:.Ne}`), which is exact and rounds
//! ties to even on the exact binary value, as David Gay's `dtoa` modes 2 and 3 do; the shortest
//! (`repr`) digits come from `float_repr`.

use crate::fallback::{fail, Fallback};
use crate::float_repr::shortest_digits;
use crate::repr::to_str;
use crate::sequence::{char_count, MAX_ITEMS};
use crate::value::Value;

/// The largest precision accepted (CPython accepts more; such output is of no practical use).
const MAX_PRECISION: i64 = 5000;

/// A parsed format spec (`InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Spec {
    fill: char,
    /// Whether the fill was given explicitly (before an alignment character).
    fill_given: bool,
    /// `<`, `>`, `^`, `=`, or `None` for the type's default.
    align: Option<char>,
    /// `+`, `-`, ` `, or `None`.
    sign: Option<char>,
    /// `z`: negative zero becomes positive after rounding (floats only).
    no_neg_0: bool,
    /// `#`.
    alternate: bool,
    /// The `0` flag before the width (it sets `fill` unless a fill was given).
    zero: bool,
    width: Option<i64>,
    /// `,` or `_`.
    grouping: Option<char>,
    precision: Option<i64>,
    /// The type character, or `None`.
    ty: Option<char>,
}

impl Spec {
    /// The spec printf-style formatting (`percent`) lays a number out with: `width` (`None`:
    /// none), the `-` flag (`left`), `+` or ` ` (`sign`), `#` (`alt`), the `0` flag (`zero`; it
    /// pads with zeros after the sign unless `left`), the conversion as a format type (`ty`) and
    /// the precision. As CPython's `unicode_format_arg_output` for numbers.
    pub(crate) fn printf(width: Option<i64>, left: bool, sign: Option<char>, alt: bool, zero: bool,
                         ty: Option<char>, precision: Option<i64>) -> Spec {
        Spec {
            fill: ' ',
            fill_given: false,
            align: if left { Some('<') } else { None },
            sign,
            no_neg_0: false,
            alternate: alt,
            zero: zero && !left,
            width,
            grouping: None,
            precision,
            ty,
        }
    }
}

/// A float laid out by `s` (a `Spec::printf` spec with a float type and a precision).
pub(crate) fn format_float_spec(x: f64, s: &Spec) -> Result<String, Fallback> {
    format_float(x, s, None)
}

/// An integer's `digits` (of its magnitude, already in their base) with its sign and `prefix`,
/// laid out by `s` (a `Spec::printf` spec).
pub(crate) fn layout_int(negative: bool, prefix: &str, digits: &str, s: &Spec) -> Result<String, Fallback> {
    let (fill, align, _, _) = resolve(s, '>', Some('d'))?;
    let n = Number { negative, prefix, digits, has_decimal: false, rest: "" };
    layout(&n, s, fill, align, 0)
}

/// `text` (`len` code points) padded with spaces to `width`, on the right when `left`.
pub(crate) fn pad_text(text: &str, len: usize, width: Option<i64>, left: bool) -> String {
    let (lpad, rpad) = pads(len, width, if left { '<' } else { '>' });
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    push_fill(&mut out, ' ', lpad);
    out.push_str(text);
    push_fill(&mut out, ' ', rpad);
    out
}

fn bad_spec<T>() -> Result<T, Fallback> {
    fail("ValueError: invalid or unsupported format spec")
}

/// Read ASCII decimal digits at `chars[*pos..]`: `None` if there are none.
fn integer(chars: &[char], pos: &mut usize) -> Result<Option<i64>, Fallback> {
    let start = *pos;
    let mut n: i64 = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        n = match n.checked_mul(10).and_then(|n| n.checked_add(chars[*pos] as i64 - '0' as i64)) {
            Some(n) => n,
            None => return fail("ValueError: too many decimal digits in format string"),
        };
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `parse_internal_render_format_spec`, without the type-specific defaults (applied later).
fn parse(spec: &str) -> Result<Spec, Fallback> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        fill_given: false,
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.fill_given = true;
        s.align = Some(chars[1]);
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        pos = 1;
    }
    if pos < chars.len() && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !s.fill_given && pos < chars.len() && chars[pos] == '0' {
        s.zero = true;
        pos += 1;
    }
    s.width = integer(&chars, &mut pos)?;
    if pos < chars.len() && chars[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '_' {
        if s.grouping.is_some() {
            return bad_spec();
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == ',' {
        return bad_spec();
    }
    if pos < chars.len() && chars[pos] == '.' {
        pos += 1;
        match integer(&chars, &mut pos)? {
            Some(p) => s.precision = Some(p),
            None => return bad_spec(),
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => s.ty = Some(chars[pos]),
        _ => return bad_spec(),
    }
    if s.width.is_some_and(|w| w as u64 > MAX_ITEMS) || s.precision.is_some_and(|p| p > MAX_PRECISION) {
        return fail("format width or precision too large");
    }
    Ok(s)
}

/// Apply the defaults of a type whose default alignment is `default_align` and default type
/// `default_ty`, and check the grouping option against the type (PEP 378 / PEP 515). Returns
/// (fill, align, type, group size).
fn resolve(s: &Spec, default_align: char, default_ty: Option<char>) -> Result<(char, char, Option<char>, usize), Fallback> {
    let mut fill = s.fill;
    let mut align = s.align.unwrap_or(default_align);
    if s.zero {
        fill = '0';
        if s.align.is_none() && default_align == '>' {
            align = '=';
        }
    }
    let ty = s.ty.or(default_ty);
    let group = match s.grouping {
        None => 0,
        Some(g) => match ty {
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') | None => 3,
            Some('b' | 'o' | 'x' | 'X') if g == '_' => 4,
            _ => return bad_spec(),
        },
    };
    Ok((fill, align, ty, group))
}

/// `format(value, spec)`.
pub fn format_value(value: &Value, spec: &str) -> Result<String, Fallback> {
    if spec.is_empty() {
        return to_str(value);
    }
    let s = parse(spec)?;
    match value {
        Value::Str(text) => format_str(text, &s),
        Value::Int(i) => format_int(*i, &s),
        Value::Bool(b) => format_int(*b as i64, &s),
        Value::Float(f) => format_float(*f, &s, None),
        _ => fail("TypeError: unsupported format string"),
    }
}

/// `(total - len)` split into left and right padding by `align` (`calc_padding`).
fn pads(len: usize, width: Option<i64>, align: char) -> (usize, usize) {
    let total = width.map_or(len, |w| (w.max(0) as usize).max(len));
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// `format_string_internal`.
fn format_str(text: &str, s: &Spec) -> Result<String, Fallback> {
    let (fill, align, ty, _) = resolve(s, '<', Some('s'))?;
    if ty != Some('s') || s.sign.is_some() || s.no_neg_0 || s.alternate || align == '=' {
        return bad_spec();
    }
    let mut len = char_count(text);
    let mut body = text;
    if let Some(p) = s.precision {
        if (p as usize) < len {
            len = p as usize;
            body = match text.char_indices().nth(len) {
                Some((b, _)) => &text[..b],
                None => text,
            };
        }
    }
    let (left, right) = pads(len, s.width, align);
    let mut out = String::with_capacity(body.len() + left + right);
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// A number laid out as CPython's `fill_number`: `sign`, `prefix`, then `digits` (to be grouped),
/// then `rest` (decimal point and what follows, exponent, `%`), padded by the spec.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    rest: &'a str,
}

/// `_PyUnicode_InsertThousandsGrouping`: `digits` with `sep` every `group` digits from the right
/// (no grouping when `group` is 0), zero-padded on the left to at least `min_width` characters
/// (separators included; a separator never comes first).
fn group_digits(digits: &str, group: usize, sep: char, min_width: i64) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    // Built right to left.
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() * 2);
    let mut use_sep = false;
    let emit = |len: i64, remaining: &mut i64, use_sep: bool, rev: &mut Vec<u8>| {
        let n_zeros = (len - *remaining).max(0);
        let n_chars = (*remaining).min(len).max(0);
        if use_sep {
            rev.push(sep as u8);
        }
        for k in 0..n_chars {
            rev.push(digits[(*remaining - 1 - k) as usize]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        *remaining -= n_chars;
    };
    if group > 0 {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            emit(len, &mut remaining, use_sep, &mut rev);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    } else {
        let len = remaining.max(min_width).max(1);
        emit(len, &mut remaining, false, &mut rev);
    }
    rev.reverse();
    // Only ASCII digits and separators were pushed.
    String::from_utf8(rev).unwrap_or_default()
}

/// `calc_number_widths` + `fill_number`.
fn layout(n: &Number, s: &Spec, fill: char, align: char, group: usize) -> Result<String, Fallback> {
    let sign = match (s.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let non_digit = n_sign + n.prefix.len() as i64 + n.has_decimal as i64 + n.rest.chars().count() as i64;
    let width = s.width.unwrap_or(-1);
    let min_width = if fill == '0' && align == '=' { width - non_digit } else { 0 };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, group, s.grouping.unwrap_or(','), min_width)
    };
    let padding = (width - (non_digit + grouped.len() as i64)).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(non_digit as usize + grouped.len() + padding * fill.len_utf8());
    push_fill(&mut out, fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(n.prefix);
    push_fill(&mut out, fill, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.rest);
    push_fill(&mut out, fill, rpad);
    Ok(out)
}

/// `format_long_internal` (and the conversion to float for the float types).
fn format_int(i: i64, s: &Spec) -> Result<String, Fallback> {
    let (fill, align, ty, group) = resolve(s, '>', Some('d'))?;
    let (base, prefix) = match ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => return format_float(i as f64, s, ty),
        // 'n' is 'd' in the C locale (no grouping: the locale's grouping is empty).
        Some('d' | 'n') => (10, ""),
        Some('c') => return format_char(i, s, fill, align),
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => return fail("ValueError: unknown format code for int"),
    };
    if s.precision.is_some() || s.no_neg_0 {
        return bad_spec();
    }
    let magnitude = i.unsigned_abs();
    let mut digits = match base {
        2 => format!("{:b}", magnitude),
        8 => format!("{:o}", magnitude),
        16 => format!("{:x}", magnitude),
        _ => magnitude.to_string(),
    };
    if ty == Some('X') {
        digits.make_ascii_uppercase();
    }
    let n = Number {
        negative: i < 0,
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        rest: "",
    };
    layout(&n, s, fill, align, group)
}

/// `format(i, 'c')`: the character `i`, laid out as CPython's `format_long_internal` does (as a
/// number's "remainder", so the `0` flag pads with zeros before it).
fn format_char(i: i64, s: &Spec, fill: char, align: char) -> Result<String, Fallback> {
    if s.sign.is_some() || s.alternate || s.precision.is_some() || s.no_neg_0 {
        return bad_spec();
    }
    if !(0..=0x10FFFF).contains(&i) {
        return fail("OverflowError: %c arg not in range(0x110000)");
    }
    let c = match char::from_u32(i as u32) {
        Some(c) => c,
        None => return fail("a surrogate code point has no UTF-8 form"),
    };
    let rest = c.to_string();
    let n = Number { negative: false, prefix: "", digits: "", has_decimal: false, rest: &rest };
    layout(&n, s, fill, align, 0)
}

/// The digits of `x` (finite) as David Gay's `dtoa` returns them: no leading or trailing zeros
/// (`"0"` for zero), with the decimal point position `decpt` (`x = 0.DIGITS * 10**decpt`).
/// `mode` 0: shortest round-trip; 2: `ndigits` significant digits; 3: `ndigits` digits after
/// the point.
fn dtoa(x: f64, mode: u8, ndigits: usize) -> (String, i64) {
    let x = x.abs();
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (all, decpt) = match mode {
        0 => {
            let (digits, exp) = shortest_digits(x);
            return (digits, exp as i64 + 1);
        }
        2 => {
            let text = format!("{:.*e}", ndigits.max(1) - 1, x);
            let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            (mantissa.replace('.', ""), exp + 1)
        }
        _ => {
            let text = format!("{:.*}", ndigits, x);
            let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
            (format!("{}{}", int, frac), int.len() as i64)
        }
    };
    let trimmed = all.trim_start_matches('0');
    let decpt = decpt - (all.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        return ("0".to_string(), 1);
    }
    (trimmed.to_string(), decpt)
}

/// `format_float_short`: the text of `x` for `code` (`e`, `f`, `g`, or `r` = repr) without the
/// sign; and whether it is negative (a NaN never is).
fn float_text(x: f64, code: char, precision: i64, upper: bool, add_dot_0: bool, alt: bool, no_neg_0: bool) -> (String, bool) {
    let mut negative = x.is_sign_negative();
    if x.is_nan() {
        return ((if upper { "NAN" } else { "nan" }).to_string(), false);
    }
    if x.is_infinite() {
        return ((if upper { "INF" } else { "inf" }).to_string(), negative);
    }
    let (mode, ndigits) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let (digits, mut decpt) = dtoa(x, mode, ndigits as usize);
    if no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    let precision = ndigits - (code == 'e') as i64;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let p = precision;
            if decpt <= -4 || decpt > (if add_dot_0 { p - 1 } else { p }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = p;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let mut out = String::new();
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    (out, negative)
}

/// `format_float_internal`. `forced_ty` is the type when an `int` is formatted as a float.
fn format_float(x: f64, s: &Spec, forced_ty: Option<char>) -> Result<String, Fallback> {
    let (fill, align, ty, group) = resolve(s, '>', None)?;
    let ty = forced_ty.or(ty);
    let (mut code, upper) = match ty {
        None => ('r', false),
        Some('e') => ('e', false),
        Some('E') => ('e', true),
        Some('f') => ('f', false),
        Some('F') => ('f', true),
        Some('g') => ('g', false),
        Some('G') => ('g', true),
        Some('%') => ('f', false),
        // 'n' is 'g' in the C locale.
        Some('n') => ('g', false),
        _ => return fail("ValueError: unknown format code for float"),
    };
    let add_dot_0 = ty.is_none();
    let mut precision = s.precision.unwrap_or(if ty.is_none() { 0 } else { 6 });
    if s.precision.is_some() && code == 'r' {
        code = 'g';
    }
    let value = if ty == Some('%') { x * 100.0 } else { x };
    if code == 'r' {
        precision = 0;
    }
    let (mut text, negative) = float_text(value, code, precision, upper, add_dot_0, s.alternate, s.no_neg_0);
    if ty == Some('%') {
        text.push('%');
    }
    // parse_number: the leading digits are grouped; the rest follows the decimal point.
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (digits, tail) = text.split_at(split);
    let (has_decimal, rest) = match tail.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, tail),
    };
    let n = Number { negative, prefix: "", digits, has_decimal, rest };
    layout(&n, s, fill, align, group)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: Value, spec: &str) -> String {
        format_value(&v, spec).unwrap_or_else(|e| panic!("format({:?}, {:?}): {}", v, spec, e))
    }

    // Expected texts from CPython 3.11 (`format(value, spec)`).
    #[test]
    fn strings() {
        let s = || Value::str("héllo");
        assert_eq!(f(s(), ""), "héllo");
        assert_eq!(f(s(), ">8"), "   héllo");
        assert_eq!(f(s(), "*^9"), "**héllo**");
        assert_eq!(f(s(), "^8"), " héllo  ");
        assert_eq!(f(s(), ".2"), "hé");
        assert_eq!(f(s(), "·<7.3s"), "hél····");
        assert_eq!(f(Value::str("ab"), "05"), "ab000");
        for bad in ["+", "=5", "#", ",", "d", "z", "5x", ".", "10.2.3"] {
            assert!(format_value(&s(), bad).is_err(), "{:?}", bad);
        }
    }

    #[test]
    fn ints() {
        assert_eq!(f(Value::Int(1234567), ","), "1,234,567");
        assert_eq!(f(Value::Int(-1234), "010,"), "-0,001,234");
        assert_eq!(f(Value::Int(1234), "08,"), "0,001,234");
        assert_eq!(f(Value::Int(0x12345), "#015_x"), "0x000_0001_2345");
        assert_eq!(f(Value::Int(255), "#X"), "0XFF");
        assert_eq!(f(Value::Int(-5), "+b"), "-101");
        assert_eq!(f(Value::Int(5), " d"), " 5");
        assert_eq!(f(Value::Int(42), "*^7"), "**42***");
        assert_eq!(f(Value::Int(-42), "=6"), "-   42");
        assert_eq!(f(Value::Int(i64::MIN), "_"), "-9_223_372_036_854_775_808");
        assert_eq!(f(Value::Bool(true), ">5"), "    1");
        assert_eq!(f(Value::Bool(true), ""), "True");
        assert_eq!(f(Value::Int(5), ".2f"), "5.00");
        assert_eq!(f(Value::Int(7), "%"), "700.000000%");
        assert_eq!(f(Value::Int(233), "^5c"), "  é  ");
        assert_eq!(f(Value::Int(65), "05c"), "0000A");
        assert_eq!(f(Value::Int(-1234), "n"), "-1234");
        for bad in [".2", "z", "+c", "#c", ",c", ",n", "s", ",x", "_c"] {
            assert!(format_value(&Value::Int(5), bad).is_err(), "{:?}", bad);
        }
    }

    #[test]
    fn floats() {
        assert_eq!(f(Value::Float(3.14659), ".2f"), "3.15");
        assert_eq!(f(Value::Float(2.675), ".2f"), "2.67");
        assert_eq!(f(Value::Float(0.125), ".2f"), "0.12");
        assert_eq!(f(Value::Float(1234.5), "012,.2f"), "0,001,234.50");
        assert_eq!(f(Value::Float(1e16), ","), "1e+16");
        assert_eq!(f(Value::Float(1234567.0), ","), "1,234,567.0");
        assert_eq!(f(Value::Float(0.5), "%"), "50.000000%");
        assert_eq!(f(Value::Float(12345.678), "e"), "1.234568e+04");
        assert_eq!(f(Value::Float(12345.678), ".3E"), "1.235E+04");
        assert_eq!(f(Value::Float(0.0001234), "g"), "0.0001234");
        assert_eq!(f(Value::Float(0.00001234), "g"), "1.234e-05");
        assert_eq!(f(Value::Float(100000.0), "g"), "100000");
        assert_eq!(f(Value::Float(1000000.0), "g"), "1e+06");
        assert_eq!(f(Value::Float(1.0), ".3"), "1.0");
        assert_eq!(f(Value::Float(1e20), ".3"), "1e+20");
        assert_eq!(f(Value::Float(123.456), ".2"), "1.2e+02");
        assert_eq!(f(Value::Float(2.0), "#.0f"), "2.");
        assert_eq!(f(Value::Float(2.0), "#g"), "2.00000");
        assert_eq!(f(Value::Float(-0.0), "f"), "-0.000000");
        assert_eq!(f(Value::Float(-0.0001), "z.2f"), "0.00");
        assert_eq!(f(Value::Float(-1.5), "+"), "-1.5");
        assert_eq!(f(Value::Float(f64::NAN), "+"), "+nan");
        assert_eq!(f(Value::Float(-f64::NAN), "+f"), "+nan");
        assert_eq!(f(Value::Float(f64::INFINITY), "010"), "0000000inf");
        assert_eq!(f(Value::Float(f64::NEG_INFINITY), "=+10"), "-      inf");
        assert_eq!(f(Value::Float(f64::INFINITY), "F"), "INF");
        assert_eq!(f(Value::Float(1e300), ".0f").len(), 301);
        assert_eq!(f(Value::Float(5e-324), ".3g"), "4.94e-324");
        assert_eq!(f(Value::Float(9.9999), ".3g"), "10");
        assert_eq!(f(Value::Float(0.0), "e"), "0.000000e+00");
        assert_eq!(f(Value::Float(1.0), "n"), "1");
        assert_eq!(f(Value::Float(1234567.0), "n"), "1.23457e+06");
        for bad in ["d", "x", "c", "s", "_x", ",n"] {
            assert!(format_value(&Value::Float(1.5), bad).is_err(), "{:?}", bad);
        }
    }

    #[test]
    fn other_values() {
        assert_eq!(f(Value::None, ""), "None");
        assert_eq!(f(Value::list(vec![Value::Int(1)]), ""), "[1]");
        assert!(format_value(&Value::None, ">5").is_err());
    }
}
