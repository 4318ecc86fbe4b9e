//! CPython's `repr()` of a `float`: the shortest digits that round-trip, laid out by Python's rules.

/// The shortest round-trip decimal digits of the finite, non-negative `x` (no leading or trailing
/// zeros; `"0"` for zero) and the decimal exponent `e` of the first digit, so that
/// `x == 0.DIGITS * 10**(e + 1)`. Ties between two shortest candidates go to the even one.
pub(crate) fn shortest_digits(x: f64) -> (String, i32) {
    let mut buffer = ryu::Buffer::new();
    // ryu writes forms like "0.3", "123.0", "1e16", "1.5e-5", "0.0001".
    let text = buffer.format_finite(x);
    let (mantissa, exp10) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().expect("ryu writes an integer exponent")),
        None => (text, 0),
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let all: String = mantissa.chars().filter(|c| *c != '.').collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0');
    if digits.is_empty() {
        return ("0".to_string(), 0);
    }
    (digits.to_string(), point - 1 - leading as i32 + exp10)
}

/// `repr(x)` as CPython 3.11 writes it: the shortest decimal digits that read back as `x`, in
/// fixed notation when the decimal exponent `e` (of the form `d.ddd * 10**e`) is in `-4 <= e < 16`
/// (`5.0`, `0.0001`, `123.25`) and scientific notation otherwise (`1e+16`, `1.5e-05`); `inf`,
/// `-inf`, `nan`, and a signed zero `-0.0`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let (digits, exp) = shortest_digits(x.abs());
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    #[allow(clippy::excessive_precision)]
    fn fixed_and_scientific_layout() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (5.0, "5.0"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (-2.5, "-2.5"),
            (12345678.9, "12345678.9"),
            (1.23456789e24, "1.23456789e+24"),
            (1.0 / 3.0, "0.3333333333333333"),
            // Exact ties between two shortest candidates round to the even digit (these literals
            // are exact doubles, each halfway between two 17-digit decimals).
            (2228833228266150.25, "2228833228266150.2"),
            (-3217370006352.53125, "-3217370006352.5312"),
            (117257248701599.125, "117257248701599.12"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {:e}", x);
        }
    }
}
