//! The functions of CPython's `math` module that pyctl supports (`math.sqrt floor ceil sin cos
//! log fabs exp`), bit for bit as CPython 3.11 on Linux: `f64::sqrt`, `floor`, `ceil` and `abs`
//! are exact, and `sin`, `cos`, `exp` and `ln` call the C library's `sin`, `cos`, `exp` and
//! `log`, which is what CPython calls. Every case where CPython raises falls back.

use crate::fallback::{fail, PyResult};
use crate::value::Value;

/// `PyFloat_AsDouble` for an int, bool or float; other types fall back (TypeError).
fn to_f64(v: &Value) -> Result<f64, crate::fallback::Fallback> {
    match v {
        Value::Float(f) => Ok(*f),
        // `as` rounds to nearest, ties to even, as CPython's int-to-float conversion.
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
        _ => fail("TypeError: must be real number"),
    }
}

/// CPython's `math_1`: a NaN from a non-NaN argument or an infinity from a finite one raises.
fn math1(v: &Value, f: fn(f64) -> f64) -> PyResult {
    let x = to_f64(v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return fail("ValueError/OverflowError: math domain or range error");
    }
    Ok(Value::Float(r))
}

/// CPython's `loghelper` with `m_log` for the values compiled code has (ints fit in 64 bits).
fn log_of(v: &Value) -> Result<f64, crate::fallback::Fallback> {
    let x = match v {
        Value::Int(i) if *i <= 0 => return fail("ValueError: math domain error"),
        Value::Bool(false) => return fail("ValueError: math domain error"),
        _ => to_f64(v)?,
    };
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if !(x > 0.0) || !x.is_finite() {
        return fail("ValueError: math domain error");
    }
    Ok(x.ln())
}

/// `math.floor` / `math.ceil`: ints unchanged, floats to an int (falling back past 64 bits).
fn round_to_int(v: &Value, f: fn(f64) -> f64) -> PyResult {
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            let r = f(to_f64(v)?);
            // -2**63 <= r < 2**63 (NaN and infinities fail the test).
            if r >= -9223372036854775808.0 && r < 9223372036854775808.0 {
                Ok(Value::Int(r as i64))
            } else {
                fail("int result of math.floor/ceil outside 64 bits, or inf/nan")
            }
        }
    }
}

/// Call `math.NAME` with positional arguments.
pub fn call(name: &str, args: &[Value]) -> PyResult {
    if name == "math.log" {
        return match args {
            [x] => Ok(Value::Float(log_of(x)?)),
            [x, base] => {
                let num = log_of(x)?;
                let den = log_of(base)?;
                if den == 0.0 {
                    return fail("ZeroDivisionError: float division by zero");
                }
                Ok(Value::Float(num / den))
            }
            _ => fail("TypeError: math.log argument count"),
        };
    }
    let [x] = args else {
        return fail("TypeError: math function takes exactly one argument");
    };
    match name {
        "math.sqrt" => math1(x, f64::sqrt),
        "math.sin" => math1(x, f64::sin),
        "math.cos" => math1(x, f64::cos),
        "math.fabs" => math1(x, f64::abs),
        "math.exp" => math1(x, f64::exp),
        "math.floor" => round_to_int(x, f64::floor),
        "math.ceil" => round_to_int(x, f64::ceil),
        _ => crate::fallback::fail_owned(format!("function {name} not supported by the compiled runtime")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(v: PyResult) -> f64 {
        match v {
            Ok(Value::Float(f)) => f,
            _ => panic!("not a float"),
        }
    }

    #[test]
    fn sqrt_and_domain_errors() {
        assert_eq!(float(call("math.sqrt", &[Value::Int(16)])), 4.0);
        assert!(float(call("math.sqrt", &[Value::Float(-0.0)])).is_sign_negative());
        assert!(call("math.sqrt", &[Value::Int(-1)]).is_err());
        assert!(call("math.sin", &[Value::Float(f64::INFINITY)]).is_err());
        assert!(call("math.exp", &[Value::Float(1000.0)]).is_err());
        assert_eq!(float(call("math.exp", &[Value::Float(-1000.0)])), 0.0);
    }

    #[test]
    fn log_matches_libm() {
        assert_eq!(float(call("math.log", &[Value::Float(std::f64::consts::E)])), 1.0);
        assert_eq!(float(call("math.log", &[Value::Int(8), Value::Int(2)])), 3.0);
        assert!(call("math.log", &[Value::Int(0)]).is_err());
        assert!(call("math.log", &[Value::Int(5), Value::Int(1)]).is_err());
        assert_eq!(float(call("math.log", &[Value::Float(f64::INFINITY)])), f64::INFINITY);
    }

    #[test]
    fn floor_and_ceil() {
        assert!(matches!(call("math.floor", &[Value::Float(-2.5)]), Ok(Value::Int(-3))));
        assert!(matches!(call("math.ceil", &[Value::Float(-2.5)]), Ok(Value::Int(-2))));
        assert!(matches!(call("math.floor", &[Value::Bool(true)]), Ok(Value::Int(1))));
        assert!(call("math.floor", &[Value::Float(1e300)]).is_err());
        assert!(call("math.ceil", &[Value::Float(f64::NAN)]).is_err());
    }
}
