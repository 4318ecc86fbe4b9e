//! Unboxed `int` locals: the checked `i64` operations generated code uses for the variables the
//! emitter proves hold only `int`s (`lib/CodeGen/IntLocals.cpp`, docs/trace-format.md section 5,
//! Int-typed locals).
//!
//! Such a variable is an `Option<i64>` (`None` while unbound) instead of a `Value`. Every operation
//! here gives exactly the `int` CPython 3.11 computes, or `Fallback` where CPython raises
//! (`ZeroDivisionError`, reading an unbound name) or where the result leaves 64 bits, as the
//! `Value` operators (`op_add`, `op_floordiv`, ...) do for two `Value::Int` operands.

use crate::fallback::{fail, Fallback};
use crate::value::Value;

/// The result of an int operation, or `Fallback` when it does not fit in 64 bits.
#[inline]
fn fits(r: Option<i64>) -> Result<i64, Fallback> {
    match r {
        Some(i) => Ok(i),
        None => fail("int result outside 64 bits"),
    }
}

/// Read an int-typed variable: its value, or `Fallback` while it is unbound (CPython raises
/// `UnboundLocalError` / `NameError`).
#[inline]
pub fn int_var(v: Option<i64>) -> Result<i64, Fallback> {
    match v {
        Some(i) => Ok(i),
        None => fail("read of an unbound name"),
    }
}

/// The item a `for` loop over `range(...)` took (the variable `next(it, sentinel)` assigned, read
/// after the sentinel test): its `int`. Anything else (the variable unbound, or holding the
/// sentinel) falls back; a range iterator yields only `int`s.
#[inline]
pub fn range_item(v: &Value) -> Result<i64, Fallback> {
    match *v {
        Value::Int(i) => Ok(i),
        Value::Undefined => fail("read of an unbound name"),
        _ => fail("a range loop's item that is no int"),
    }
}

/// `len(v)` as an `int` (`sequence::len`; what has no length falls back).
#[inline]
pub fn int_len(v: &Value) -> Result<i64, Fallback> {
    match crate::sequence::len(v)? {
        Value::Int(i) => Ok(i),
        _ => fail("len() gave no int"),
    }
}

/// `a + b`.
#[inline]
pub fn int_add(a: i64, b: i64) -> Result<i64, Fallback> {
    fits(a.checked_add(b))
}

/// `a - b`.
#[inline]
pub fn int_sub(a: i64, b: i64) -> Result<i64, Fallback> {
    fits(a.checked_sub(b))
}

/// `a * b`.
#[inline]
pub fn int_mul(a: i64, b: i64) -> Result<i64, Fallback> {
    fits(a.checked_mul(b))
}

/// `a // b`: floor division (toward negative infinity); `b == 0` falls back (ZeroDivisionError),
/// and so does `i64::MIN // -1` (2**63, outside 64 bits).
#[inline]
pub fn int_floordiv(a: i64, b: i64) -> Result<i64, Fallback> {
    if b > 0 {
        return Ok(a.div_euclid(b));
    }
    if b == 0 {
        return fail("ZeroDivisionError");
    }
    let q = fits(a.checked_div(b))?;
    // b < 0: the truncated quotient is one too big when the division is inexact and the signs
    // differ.
    if a % b != 0 && ((a < 0) != (b < 0)) {
        Ok(q - 1)
    } else {
        Ok(q)
    }
}

/// `a % b`: the remainder with the sign of `b`; `b == 0` falls back (ZeroDivisionError).
#[inline]
pub fn int_mod(a: i64, b: i64) -> Result<i64, Fallback> {
    if b > 0 {
        return Ok(a.rem_euclid(b));
    }
    if b == 0 {
        return fail("ZeroDivisionError");
    }
    // `wrapping_rem` is exact here: only i64::MIN % -1 wraps, and its remainder is 0.
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `-a`.
#[inline]
pub fn int_neg(a: i64) -> Result<i64, Fallback> {
    fits(a.checked_neg())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{op_add, op_floordiv, op_mod, op_mul, op_neg, op_sub};

    const EDGES: [i64; 13] = [
        i64::MIN, i64::MIN + 1, -1_000_000_007, -97, -3, -1, 0, 1, 2, 3, 97, i64::MAX - 1, i64::MAX,
    ];

    /// The `Value` operator's answer, as the int operation gives it.
    fn boxed(r: crate::fallback::PyResult) -> Option<i64> {
        match r {
            Ok(Value::Int(i)) => Some(i),
            Ok(other) => panic!("not an int: {:?}", other),
            Err(_) => None,
        }
    }

    #[test]
    fn every_operation_agrees_with_the_value_operators() {
        for &a in &EDGES {
            for &b in &EDGES {
                let (x, y) = (Value::Int(a), Value::Int(b));
                assert_eq!(int_add(a, b).ok(), boxed(op_add(&x, &y)), "{} + {}", a, b);
                assert_eq!(int_sub(a, b).ok(), boxed(op_sub(&x, &y)), "{} - {}", a, b);
                assert_eq!(int_mul(a, b).ok(), boxed(op_mul(&x, &y)), "{} * {}", a, b);
                assert_eq!(int_floordiv(a, b).ok(), boxed(op_floordiv(&x, &y)), "{} // {}", a, b);
                assert_eq!(int_mod(a, b).ok(), boxed(op_mod(&x, &y)), "{} % {}", a, b);
            }
            assert_eq!(int_neg(a).ok(), boxed(op_neg(&Value::Int(a))), "-{}", a);
        }
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(int_floordiv(-7, 2), Ok(-4));
        assert_eq!(int_floordiv(7, -2), Ok(-4));
        assert_eq!(int_floordiv(-7, -2), Ok(3));
        assert_eq!(int_mod(-7, 2), Ok(1));
        assert_eq!(int_mod(7, -2), Ok(-1));
        assert_eq!(int_mod(i64::MIN, -1), Ok(0));
        assert!(int_floordiv(i64::MIN, -1).is_err());
        assert!(int_floordiv(1, 0).is_err());
        assert!(int_mod(1, 0).is_err());
    }

    #[test]
    fn unbound_and_non_int_items_fall_back() {
        assert!(int_var(None).is_err());
        assert_eq!(int_var(Some(-5)), Ok(-5));
        assert!(range_item(&Value::Undefined).is_err());
        assert!(range_item(&Value::list(vec![])).is_err());
        assert!(range_item(&Value::Bool(true)).is_err());
        assert_eq!(range_item(&Value::Int(i64::MIN)), Ok(i64::MIN));
    }

    #[test]
    fn lengths_are_the_len_builtins() {
        assert_eq!(int_len(&Value::str("h\u{e9}!")), Ok(3));
        assert_eq!(int_len(&Value::list(vec![])), Ok(0));
        assert_eq!(int_len(&Value::range(0, 10, 3)), Ok(4));
        assert!(int_len(&Value::Int(5)).is_err());
    }
}
