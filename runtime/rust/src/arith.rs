//! Arithmetic, bitwise and unary operators with CPython 3.11's semantics.
//!
//! `bool` acts as the `int` 0 or 1. An `int` result outside 64 bits, and anything CPython would
//! raise for (`ZeroDivisionError`, `OverflowError`, `TypeError`, `ValueError`, a complex result),
//! gives `Fallback`.

use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence;
use crate::truth::truthy;
use crate::value::{defined, Value};

/// A number operand: `int` (or `bool`) or `float`.
#[derive(Clone, Copy)]
enum Num {
    I(i64),
    F(f64),
}

#[inline]
fn num(v: &Value) -> Option<Num> {
    match *v {
        Value::Int(i) => Some(Num::I(i)),
        Value::Bool(b) => Some(Num::I(b as i64)),
        Value::Float(f) => Some(Num::F(f)),
        _ => None,
    }
}

/// Both operands as floats (CPython converts the `int` side of a mixed operation to `float`;
/// `i64 as f64` rounds half to even, as `int.__float__` does).
#[inline]
fn floats(a: Num, b: Num) -> (f64, f64) {
    let f = |n| match n {
        Num::I(i) => i as f64,
        Num::F(x) => x,
    };
    (f(a), f(b))
}

#[inline]
fn int_result(r: Option<i64>) -> PyResult {
    match r {
        Some(i) => Ok(Value::Int(i)),
        None => fail("int result outside 64 bits"),
    }
}

/// `a + b`: numbers, and concatenation of `str`, `list` (a new list) and `tuple`.
#[inline]
pub fn op_add(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Ok(Value::Int(r));
        }
    }
    add_slow(a, b)
}

#[inline(never)]
fn add_slow(a: &Value, b: &Value) -> PyResult {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (x, y) {
            (Num::I(x), Num::I(y)) => int_result(x.checked_add(y)),
            _ => {
                let (x, y) = floats(x, y);
                Ok(Value::Float(x + y))
            }
        };
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::string(s))
        }
        (Value::List(x), Value::List(y)) => {
            let mut items = x.borrow().to_vec();
            items.extend(y.borrow().iter().cloned());
            Ok(Value::list(items))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        _ => fail("unsupported operand types for +"),
    }
}

/// `a += b`: a `list` on the left is extended in place by any iterable (the same list is the
/// result, so every alias sees the change); otherwise exactly `a + b`.
#[inline]
pub fn op_iadd(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Ok(Value::Int(r));
        }
    }
    iadd_slow(a, b)
}

#[inline(never)]
fn iadd_slow(a: &Value, b: &Value) -> PyResult {
    if let Value::List(list) = a {
        // Collect first: `xs += xs` reads the list being extended.
        let extra = sequence::items(b)?;
        list.borrow_mut().extend(extra);
        return Ok(a.clone());
    }
    op_add(a, b)
}

/// `x = x + b` (`inplace` false) or `x += b` (`inplace` true) for a local variable `x`: `x`
/// becomes `op_add(x, b)` or `op_iadd(x, b)`. When both are `str`s, `b`'s text is appended to
/// `x`'s in place if no other value shares `x`'s (see `PyStr::push_str`; an alias keeps its
/// text), so building a str by appending in a loop takes amortised linear time, as CPython's
/// in-place resize of a str of reference count one does. The value is the same either way.
#[inline]
pub fn op_add_to(x: &mut Value, b: &Value, inplace: bool) -> Result<(), Fallback> {
    if let (Value::Str(s), Value::Str(t)) = (&mut *x, b) {
        s.push_str(t);
        return Ok(());
    }
    let r = if inplace { op_iadd(defined(x)?, b)? } else { op_add(defined(x)?, b)? };
    *x = r;
    Ok(())
}

/// `a - b` on numbers, or the difference of two sets.
#[inline]
pub fn op_sub(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Ok(Value::Int(r));
        }
    }
    sub_slow(a, b)
}

#[inline(never)]
fn sub_slow(a: &Value, b: &Value) -> PyResult {
    if let Some(r) = crate::set::binary("-", a, b, false) {
        return r;
    }
    match (num(a), num(b)) {
        (Some(Num::I(x)), Some(Num::I(y))) => int_result(x.checked_sub(y)),
        (Some(x), Some(y)) => {
            let (x, y) = floats(x, y);
            Ok(Value::Float(x - y))
        }
        _ => fail("unsupported operand types for -"),
    }
}

/// `a * b`: numbers, and repetition of `str`, `list` and `tuple` by an `int` (either side).
#[inline]
pub fn op_mul(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Ok(Value::Int(r));
        }
    }
    mul_slow(a, b)
}

#[inline(never)]
fn mul_slow(a: &Value, b: &Value) -> PyResult {
    match (num(a), num(b)) {
        (Some(Num::I(x)), Some(Num::I(y))) => int_result(x.checked_mul(y)),
        (Some(x), Some(y)) => {
            let (x, y) = floats(x, y);
            Ok(Value::Float(x * y))
        }
        (None, Some(Num::I(n))) => sequence::repeat(a, n),
        (Some(Num::I(n)), None) => sequence::repeat(b, n),
        _ => fail("unsupported operand types for *"),
    }
}

/// `a *= b`: a `list` on the left times an int is repeated in place (the same list is the
/// result, so every alias sees the change; a count <= 0 empties it); otherwise exactly `a * b`.
pub fn op_imul(a: &Value, b: &Value) -> PyResult {
    if let Value::List(list) = a {
        if let Some(Num::I(n)) = num(b) {
            let items = list.borrow().clone();
            let times = if n > 0 { n as usize } else { 0 };
            if (items.len() as u64).saturating_mul(times as u64) > crate::sequence::MAX_ITEMS {
                return fail("list repetition too large");
            }
            let mut repeated = Vec::with_capacity(items.len() * times);
            for _ in 0..times {
                repeated.extend(items.iter().cloned());
            }
            *list.borrow_mut() = repeated.into();
            return Ok(a.clone());
        }
    }
    op_mul(a, b)
}

/// `a / b`: true division, always a `float`. An `int / int` whose operands are not both exact
/// doubles (magnitude above 2**53) falls back rather than risk a different rounding than CPython.
pub fn op_truediv(a: &Value, b: &Value) -> PyResult {
    match (num(a), num(b)) {
        (Some(Num::I(_)), Some(Num::I(0))) => fail("ZeroDivisionError"),
        (Some(Num::I(x)), Some(Num::I(y))) => {
            const EXACT: u64 = 1 << 53;
            if x.unsigned_abs() > EXACT || y.unsigned_abs() > EXACT {
                return fail("int / int with operands past 2**53");
            }
            Ok(Value::Float(x as f64 / y as f64))
        }
        (Some(x), Some(y)) => {
            let (x, y) = floats(x, y);
            if y == 0.0 {
                return fail("ZeroDivisionError");
            }
            Ok(Value::Float(x / y))
        }
        _ => fail("unsupported operand types for /"),
    }
}

/// CPython's `float.__divmod__` (`_float_div_mod`): floor quotient and remainder with the sign of
/// the divisor. `w` must not be zero.
fn float_divmod(v: f64, w: f64) -> (f64, f64) {
    let mut m = v % w;
    let mut div = (v - m) / w;
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m += w;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(w);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(v / w)
    };
    (floordiv, m)
}

/// Integer floor division and modulo (toward negative infinity); `y` must not be zero.
fn int_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    let q = x.checked_div(y)?;
    let r = x.wrapping_rem(y);
    if r != 0 && ((r < 0) != (y < 0)) {
        Some((q - 1, r + y))
    } else {
        Some((q, r))
    }
}

/// `a // b`: floor division for `int` and `float`.
#[inline]
pub fn op_floordiv(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y > 0 {
            return Ok(Value::Int(x.div_euclid(*y)));
        }
    }
    floordiv_slow(a, b)
}

#[inline(never)]
fn floordiv_slow(a: &Value, b: &Value) -> PyResult {
    match (num(a), num(b)) {
        (Some(Num::I(_)), Some(Num::I(0))) => fail("ZeroDivisionError"),
        (Some(Num::I(x)), Some(Num::I(y))) => int_result(int_divmod(x, y).map(|(q, _)| q)),
        (Some(x), Some(y)) => {
            let (x, y) = floats(x, y);
            if y == 0.0 {
                return fail("ZeroDivisionError");
            }
            Ok(Value::Float(float_divmod(x, y).0))
        }
        _ => fail("unsupported operand types for //"),
    }
}

/// `a % b`: modulo with the sign of the divisor, for `int` and `float`; printf-style
/// formatting (`percent`) when `a` is a `str`.
#[inline]
pub fn op_mod(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y > 0 {
            return Ok(Value::Int(x.rem_euclid(*y)));
        }
    }
    mod_slow(a, b)
}

#[inline(never)]
fn mod_slow(a: &Value, b: &Value) -> PyResult {
    if let Value::Str(fmt) = a {
        return Ok(Value::string(crate::percent::percent_format(fmt, b)?));
    }
    match (num(a), num(b)) {
        (Some(Num::I(_)), Some(Num::I(0))) => fail("ZeroDivisionError"),
        (Some(Num::I(x)), Some(Num::I(y))) => {
            // `wrapping_rem` is exact here: only i64::MIN % -1 wraps, and its remainder is 0.
            let r = x.wrapping_rem(y);
            Ok(Value::Int(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }))
        }
        (Some(x), Some(y)) => {
            let (x, y) = floats(x, y);
            if y == 0.0 {
                return fail("ZeroDivisionError");
            }
            Ok(Value::Float(float_divmod(x, y).1))
        }
        _ => fail("unsupported operand types for %"),
    }
}

/// `divmod(a, b)`: the tuple `(a // b, a % b)`.
pub fn divmod(a: &Value, b: &Value) -> PyResult {
    Ok(Value::tuple(vec![op_floordiv(a, b)?, op_mod(a, b)?]))
}

fn is_odd_integer(w: f64) -> bool {
    w.is_finite() && w.floor() == w && (w % 2.0).abs() == 1.0
}

/// CPython's `float.__pow__` (`float_pow`), including its special cases for zero, infinities
/// and NaN; errors (`0.0 ** negative`, overflow, a negative base to a non-integer power, which
/// gives a complex number in Python 3) fall back.
fn float_pow(v: f64, w: f64) -> PyResult {
    if w == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if v.is_nan() {
        return Ok(Value::Float(v));
    }
    if w.is_nan() {
        return Ok(Value::Float(if v == 1.0 { 1.0 } else { w }));
    }
    if w.is_infinite() {
        let av = v.abs();
        return Ok(Value::Float(if av == 1.0 {
            1.0
        } else if (w > 0.0) == (av > 1.0) {
            w.abs()
        } else {
            0.0
        }));
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return Ok(Value::Float(if v > 0.0 {
            if w > 0.0 { v } else { 0.0 }
        } else if w > 0.0 {
            if odd { v } else { -v }
        } else if odd {
            -0.0
        } else {
            0.0
        }));
    }
    if v == 0.0 {
        if w < 0.0 {
            return fail("ZeroDivisionError: 0.0 to a negative power");
        }
        return Ok(Value::Float(if is_odd_integer(w) { v } else { 0.0 }));
    }
    let mut base = v;
    let mut negate = false;
    if v < 0.0 {
        if w != w.floor() {
            return fail("negative float to a fractional power is complex");
        }
        negate = is_odd_integer(w);
        base = -v;
    }
    if base == 1.0 {
        return Ok(Value::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(w);
    if r.is_infinite() {
        return fail("OverflowError in float **");
    }
    Ok(Value::Float(if negate { -r } else { r }))
}

fn int_pow(x: i64, y: i64) -> PyResult {
    if y < 0 {
        if x == 0 {
            return fail("ZeroDivisionError: 0 to a negative power");
        }
        return float_pow(x as f64, y as f64);
    }
    match x {
        0 => Ok(Value::Int(if y == 0 { 1 } else { 0 })),
        1 => Ok(Value::Int(1)),
        -1 => Ok(Value::Int(if y % 2 == 0 { 1 } else { -1 })),
        _ if y >= 64 => fail("int result outside 64 bits"),
        _ => int_result(x.checked_pow(y as u32)),
    }
}

/// `a ** b`: an `int` to a non-negative `int` power stays an `int`; a negative exponent gives a
/// `float`; otherwise float power with CPython's special cases.
pub fn op_pow(a: &Value, b: &Value) -> PyResult {
    match (num(a), num(b)) {
        (Some(Num::I(x)), Some(Num::I(y))) => int_pow(x, y),
        (Some(x), Some(y)) => {
            let (x, y) = floats(x, y);
            float_pow(x, y)
        }
        _ => fail("unsupported operand types for **"),
    }
}

/// The operands of a bitwise operator: both `bool` (result `bool`), or both `int`-like.
enum Bits {
    Bools(bool, bool),
    Ints(i64, i64),
}

fn bits(a: &Value, b: &Value) -> Option<Bits> {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => Some(Bits::Bools(*x, *y)),
        _ => Some(Bits::Ints(a.as_int()?, b.as_int()?)),
    }
}

/// `a & b` on `int`/`bool`, or the intersection of two sets.
pub fn op_bitand(a: &Value, b: &Value) -> PyResult {
    match bits(a, b) {
        Some(Bits::Bools(x, y)) => Ok(Value::Bool(x & y)),
        Some(Bits::Ints(x, y)) => Ok(Value::Int(x & y)),
        None => crate::set::binary("&", a, b, false)
            .unwrap_or_else(|| fail("unsupported operand types for &")),
    }
}

/// `a | b` on `int`/`bool`, or the union of two sets.
pub fn op_bitor(a: &Value, b: &Value) -> PyResult {
    match bits(a, b) {
        Some(Bits::Bools(x, y)) => Ok(Value::Bool(x | y)),
        Some(Bits::Ints(x, y)) => Ok(Value::Int(x | y)),
        None => crate::set::binary("|", a, b, false)
            .unwrap_or_else(|| fail("unsupported operand types for |")),
    }
}

/// `a ^ b` on `int`/`bool`, or the symmetric difference of two sets.
pub fn op_bitxor(a: &Value, b: &Value) -> PyResult {
    match bits(a, b) {
        Some(Bits::Bools(x, y)) => Ok(Value::Bool(x ^ y)),
        Some(Bits::Ints(x, y)) => Ok(Value::Int(x ^ y)),
        None => crate::set::binary("^", a, b, false)
            .unwrap_or_else(|| fail("unsupported operand types for ^")),
    }
}

/// `a -= b`: in place for sets (`a` changed and returned), else `a - b`.
pub fn op_isub(a: &Value, b: &Value) -> PyResult {
    crate::set::binary("-", a, b, true).unwrap_or_else(|| op_sub(a, b))
}

/// `a |= b`: in place for sets, else `a | b` (a dict's in-place merge falls back).
pub fn op_ior(a: &Value, b: &Value) -> PyResult {
    crate::set::binary("|", a, b, true).unwrap_or_else(|| op_bitor(a, b))
}

/// `a &= b`: in place for sets, else `a & b`.
pub fn op_iand(a: &Value, b: &Value) -> PyResult {
    crate::set::binary("&", a, b, true).unwrap_or_else(|| op_bitand(a, b))
}

/// `a ^= b`: in place for sets, else `a ^ b`.
pub fn op_ixor(a: &Value, b: &Value) -> PyResult {
    crate::set::binary("^", a, b, true).unwrap_or_else(|| op_bitxor(a, b))
}

/// `a << b` on `int`/`bool`; a negative count or a result past 64 bits falls back.
pub fn op_lshift(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(n)) = (a.as_int(), b.as_int()) else {
        return fail("unsupported operand types for <<");
    };
    if n < 0 {
        return fail("ValueError: negative shift count");
    }
    if x == 0 {
        return Ok(Value::Int(0));
    }
    if n >= 64 {
        return fail("int result outside 64 bits");
    }
    let r = x << n;
    if r >> n != x {
        return fail("int result outside 64 bits");
    }
    Ok(Value::Int(r))
}

/// `a >> b` on `int`/`bool` (arithmetic shift, rounding toward negative infinity).
pub fn op_rshift(a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(n)) = (a.as_int(), b.as_int()) else {
        return fail("unsupported operand types for >>");
    };
    if n < 0 {
        return fail("ValueError: negative shift count");
    }
    Ok(Value::Int(if n >= 64 { if x < 0 { -1 } else { 0 } } else { x >> n }))
}

/// Unary `-a`.
pub fn op_neg(a: &Value) -> PyResult {
    match *a {
        Value::Int(i) => int_result(i.checked_neg()),
        Value::Bool(b) => Ok(Value::Int(-(b as i64))),
        Value::Float(f) => Ok(Value::Float(-f)),
        _ => fail("bad operand type for unary -"),
    }
}

/// Unary `+a`.
pub fn op_pos(a: &Value) -> PyResult {
    match *a {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f)),
        _ => fail("bad operand type for unary +"),
    }
}

/// Unary `~a` on `int`/`bool`.
pub fn op_invert(a: &Value) -> PyResult {
    match a.as_int() {
        Some(i) => Ok(Value::Int(!i)),
        None => fail("bad operand type for unary ~"),
    }
}

/// `not a`.
pub fn op_not(a: &Value) -> PyResult {
    Ok(Value::Bool(!truthy(a)?))
}

/// `abs(a)` on numbers.
pub fn abs(a: &Value) -> PyResult {
    match *a {
        Value::Int(i) => int_result(i.checked_abs()),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => fail("bad operand type for abs()"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: PyResult) -> i64 {
        match v {
            Ok(Value::Int(i)) => i,
            other => panic!("expected an int, got {:?}", other),
        }
    }

    fn float(v: PyResult) -> f64 {
        match v {
            Ok(Value::Float(f)) => f,
            other => panic!("expected a float, got {:?}", other),
        }
    }

    #[test]
    fn int_floor_division_and_modulo_round_toward_negative_infinity() {
        let cases = [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (7, -3, -3, -2), (6, 3, 2, 0), (-6, 3, -2, 0)];
        for (a, b, q, r) in cases {
            assert_eq!(int(op_floordiv(&Value::Int(a), &Value::Int(b))), q, "{} // {}", a, b);
            assert_eq!(int(op_mod(&Value::Int(a), &Value::Int(b))), r, "{} % {}", a, b);
        }
        assert_eq!(int(op_mod(&Value::Int(i64::MIN), &Value::Int(-1))), 0);
        assert!(op_floordiv(&Value::Int(i64::MIN), &Value::Int(-1)).is_err());
        assert!(op_floordiv(&Value::Int(1), &Value::Int(0)).is_err());
        assert!(op_mod(&Value::Int(1), &Value::Bool(false)).is_err());
    }

    #[test]
    fn float_floor_division_and_modulo() {
        assert_eq!(float(op_floordiv(&Value::Float(7.5), &Value::Int(2))), 3.0);
        assert_eq!(float(op_floordiv(&Value::Float(-7.5), &Value::Int(2))), -4.0);
        assert_eq!(float(op_mod(&Value::Float(-7.5), &Value::Int(2))), 0.5);
        assert_eq!(float(op_mod(&Value::Float(7.5), &Value::Int(-2))), -0.5);
        // 0.0 % -2 is -0.0, and -0.0 // 5 is -0.0.
        assert!(float(op_mod(&Value::Float(0.0), &Value::Int(-2))).is_sign_negative());
        assert!(float(op_floordiv(&Value::Float(-0.0), &Value::Int(5))).is_sign_negative());
        assert_eq!(float(op_mod(&Value::Float(-1e-100), &Value::Float(1e100))), 1e100);
        assert_eq!(float(op_floordiv(&Value::Float(1.0), &Value::Float(0.1))), 9.0);
        assert_eq!(float(op_mod(&Value::Float(1.0), &Value::Float(0.1))), 0.09999999999999995);
        assert!(op_mod(&Value::Float(1.0), &Value::Float(0.0)).is_err());
        assert!(op_floordiv(&Value::Float(1.0), &Value::Int(0)).is_err());
    }

    #[test]
    fn true_division_gives_floats() {
        assert_eq!(float(op_truediv(&Value::Int(7), &Value::Int(2))), 3.5);
        assert_eq!(float(op_truediv(&Value::Int(-10), &Value::Int(3))), -3.3333333333333335);
        assert!(op_truediv(&Value::Int(1), &Value::Int(0)).is_err());
        assert!(op_truediv(&Value::Float(1.0), &Value::Float(-0.0)).is_err());
    }

    #[test]
    fn int_overflow_falls_back() {
        assert!(op_add(&Value::Int(i64::MAX), &Value::Int(1)).is_err());
        assert!(op_sub(&Value::Int(i64::MIN), &Value::Int(1)).is_err());
        assert!(op_mul(&Value::Int(1 << 32), &Value::Int(1 << 32)).is_err());
        assert!(op_neg(&Value::Int(i64::MIN)).is_err());
        assert!(abs(&Value::Int(i64::MIN)).is_err());
        assert!(op_pow(&Value::Int(2), &Value::Int(64)).is_err());
        assert!(op_lshift(&Value::Int(1), &Value::Int(63)).is_err());
        assert_eq!(int(op_lshift(&Value::Int(-1), &Value::Int(63))), i64::MIN);
        assert_eq!(int(op_pow(&Value::Int(2), &Value::Int(62))), 1 << 62);
        assert_eq!(int(op_pow(&Value::Int(-1), &Value::Int(1 << 40))), 1);
    }

    #[test]
    fn powers() {
        assert_eq!(float(op_pow(&Value::Int(2), &Value::Int(-2))), 0.25);
        assert!(op_pow(&Value::Int(0), &Value::Int(-1)).is_err());
        assert!(op_pow(&Value::Float(-8.0), &Value::Float(1.0 / 3.0)).is_err());
        assert_eq!(float(op_pow(&Value::Float(-2.0), &Value::Int(3))), -8.0);
        assert!(op_pow(&Value::Float(10.0), &Value::Int(400)).is_err());
        assert_eq!(float(op_pow(&Value::Float(f64::NAN), &Value::Int(0))), 1.0);
        assert_eq!(float(op_pow(&Value::Int(3), &Value::Float(0.5))), 1.7320508075688772);
    }

    #[test]
    fn bools_are_ints() {
        assert_eq!(int(op_add(&Value::Bool(true), &Value::Bool(true))), 2);
        assert!(matches!(op_bitand(&Value::Bool(true), &Value::Bool(false)), Ok(Value::Bool(false))));
        assert_eq!(int(op_bitor(&Value::Bool(true), &Value::Int(2))), 3);
        assert_eq!(int(op_invert(&Value::Bool(true))), -2);
        assert_eq!(int(op_rshift(&Value::Int(-5), &Value::Int(100))), -1);
    }
}

#[cfg(test)]
mod imul_tests {
    use super::*;

    #[test]
    fn list_repeat_in_place_keeps_aliases() {
        let xs = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let alias = xs.clone();
        let r = op_imul(&xs, &Value::Int(2)).unwrap();
        assert_eq!(crate::repr::repr(&alias).unwrap(), "[1, 2, 1, 2]");
        assert_eq!(crate::repr::repr(&r).unwrap(), "[1, 2, 1, 2]");
        op_imul(&xs, &Value::Int(-1)).unwrap();
        assert_eq!(crate::repr::repr(&alias).unwrap(), "[]");
        assert!(matches!(op_imul(&Value::Int(3), &Value::Int(4)).unwrap(), Value::Int(12)));
    }
}
