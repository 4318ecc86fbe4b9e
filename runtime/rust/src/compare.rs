//! Comparisons, membership and identity with CPython 3.11's semantics.
//!
//! Containers compare their items with Python's `x is y or x == y`. Compiled code does not track
//! the identity of floats, so comparing two NaN items (equal only if they are the same object)
//! falls back instead of guessing.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence::range_len;
use crate::value::Value;

/// Exact comparison of an `int` with a `float` (no rounding of the `int`); `None` for NaN.
fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    // 2**63 is exactly representable; every f64 in [-2**63, 2**63) truncates into i64.
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if f >= TWO_63 {
        return Some(Ordering::Less);
    }
    if f < -TWO_63 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    match i.cmp(&(t as i64)) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        ord => Some(ord),
    }
}

/// Order of two numbers (`int`, `bool`, `float`), `None` when unordered (NaN); `Err` when either
/// is not a number.
fn cmp_numbers(a: &Value, b: &Value) -> Result<Option<Ordering>, ()> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Ok(x.partial_cmp(y)),
        (Value::Float(x), _) => Ok(cmp_int_float(b.as_int().ok_or(())?, *x).map(Ordering::reverse)),
        (_, Value::Float(y)) => Ok(cmp_int_float(a.as_int().ok_or(())?, *y)),
        _ => Ok(Some(a.as_int().ok_or(())?.cmp(&b.as_int().ok_or(())?))),
    }
}

fn is_nan(v: &Value) -> bool {
    matches!(v, Value::Float(f) if f.is_nan())
}

/// Python's `x is y or x == y`, as containers compare their items.
fn item_eq(x: &Value, y: &Value) -> Result<bool, Fallback> {
    match (x, y) {
        (Value::List(a), Value::List(b)) if Rc::ptr_eq(a, b) => Ok(true),
        (Value::Tuple(a), Value::Tuple(b)) if Rc::ptr_eq(a, b) => Ok(true),
        _ if is_nan(x) && is_nan(y) => fail("NaN items: equality depends on object identity"),
        _ => equal(x, y, 0),
    }
}

/// How deep nested containers may be compared before falling back (CPython would eventually
/// raise `RecursionError`; a self-containing list never ends).
const MAX_DEPTH: u32 = 200;

fn seq_eq(a: &[Value], b: &[Value], depth: u32) -> Result<bool, Fallback> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        let same = match (x, y) {
            (Value::List(p), Value::List(q)) if Rc::ptr_eq(p, q) => true,
            (Value::Tuple(p), Value::Tuple(q)) if Rc::ptr_eq(p, q) => true,
            _ if is_nan(x) && is_nan(y) => {
                return fail("NaN items: equality depends on object identity")
            }
            _ => equal(x, y, depth + 1)?,
        };
        if !same {
            return Ok(false);
        }
    }
    Ok(true)
}

fn ranges_equal(a: (i64, i64, i64), b: (i64, i64, i64)) -> bool {
    let (la, lb) = (range_len(a.0, a.1, a.2), range_len(b.0, b.1, b.2));
    la == lb && (la == 0 || (a.0 == b.0 && (la == 1 || a.2 == b.2)))
}

fn equal(a: &Value, b: &Value, depth: u32) -> Result<bool, Fallback> {
    if depth > MAX_DEPTH {
        return fail("comparison nested too deeply");
    }
    if let Ok(ord) = cmp_numbers(a, b) {
        return Ok(ord == Some(Ordering::Equal));
    }
    Ok(match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                // Every item is compared with itself, and `is` makes each one equal.
                return Ok(true);
            }
            return seq_eq(&x.borrow(), &y.borrow(), depth);
        }
        (Value::Tuple(x), Value::Tuple(y)) => return seq_eq(x, y, depth),
        (Value::Range(a0, a1, a2), Value::Range(b0, b1, b2)) => {
            ranges_equal((*a0, *a1, *a2), (*b0, *b1, *b2))
        }
        (Value::Function(x), Value::Function(y)) => {
            if x == y {
                return fail("function equality depends on object identity");
            }
            false
        }
        (Value::Undefined, _) | (_, Value::Undefined) => return fail("read of an unbound name"),
        _ => false,
    })
}

/// `a == b`.
#[inline]
pub fn op_eq(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(Value::Bool(x == y));
    }
    Ok(Value::Bool(equal(a, b, 0)?))
}

/// `a != b`.
#[inline]
pub fn op_ne(a: &Value, b: &Value) -> PyResult {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(Value::Bool(x != y));
    }
    Ok(Value::Bool(!equal(a, b, 0)?))
}

/// The four order operators.
#[derive(Clone, Copy)]
enum Order {
    Lt,
    Le,
    Gt,
    Ge,
}

impl Order {
    fn holds(self, ord: Option<Ordering>) -> bool {
        match (self, ord) {
            (_, None) => false,
            (Order::Lt, Some(o)) => o == Ordering::Less,
            (Order::Le, Some(o)) => o != Ordering::Greater,
            (Order::Gt, Some(o)) => o == Ordering::Greater,
            (Order::Ge, Some(o)) => o != Ordering::Less,
        }
    }
}

/// Lexicographic order as CPython's list/tuple comparison: the first pair of items that are not
/// equal decides (compared with the operator itself); otherwise the lengths do.
fn seq_order(a: &[Value], b: &[Value], op: Order, depth: u32) -> Result<bool, Fallback> {
    for (x, y) in a.iter().zip(b) {
        if !item_eq(x, y)? {
            return ordered(x, y, op, depth + 1);
        }
    }
    Ok(op.holds(Some(a.len().cmp(&b.len()))))
}

fn ordered(a: &Value, b: &Value, op: Order, depth: u32) -> Result<bool, Fallback> {
    if depth > MAX_DEPTH {
        return fail("comparison nested too deeply");
    }
    if let Ok(ord) = cmp_numbers(a, b) {
        return Ok(op.holds(ord));
    }
    match (a, b) {
        // UTF-8 byte order is code point order.
        (Value::Str(x), Value::Str(y)) => Ok(op.holds(Some(x.as_bytes().cmp(y.as_bytes())))),
        (Value::List(x), Value::List(y)) => seq_order(&x.borrow(), &y.borrow(), op, depth),
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(x, y, op, depth),
        _ => fail("TypeError: '<' not supported between these types"),
    }
}

/// `a < b`.
#[inline]
pub fn op_lt(a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Bool(x < y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x < y)),
        _ => Ok(Value::Bool(ordered(a, b, Order::Lt, 0)?)),
    }
}

/// `a <= b`.
#[inline]
pub fn op_le(a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Bool(x <= y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x <= y)),
        _ => Ok(Value::Bool(ordered(a, b, Order::Le, 0)?)),
    }
}

/// `a > b`.
#[inline]
pub fn op_gt(a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Bool(x > y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x > y)),
        _ => Ok(Value::Bool(ordered(a, b, Order::Gt, 0)?)),
    }
}

/// `a >= b`.
#[inline]
pub fn op_ge(a: &Value, b: &Value) -> PyResult {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Bool(x >= y)),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Bool(x >= y)),
        _ => Ok(Value::Bool(ordered(a, b, Order::Ge, 0)?)),
    }
}

/// `a < b` as a Rust `bool` (used by `min`/`max`).
pub fn less_than(a: &Value, b: &Value) -> Result<bool, Fallback> {
    ordered(a, b, Order::Lt, 0)
}

/// `a > b` as a Rust `bool` (used by `max`).
pub fn greater_than(a: &Value, b: &Value) -> Result<bool, Fallback> {
    ordered(a, b, Order::Gt, 0)
}

fn contains(container: &Value, item: &Value) -> Result<bool, Fallback> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            _ => fail("TypeError: 'in <string>' requires string as left operand"),
        },
        Value::List(l) => {
            // Comparing items never mutates a list, so holding the shared borrow is safe.
            for x in l.borrow().iter() {
                if item_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                if item_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Range(start, stop, step) => {
            let i = match *item {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                // A float equal to an int in the range is "in" it (CPython compares by ==).
                Value::Float(f) if f.is_finite() && f.fract() == 0.0 && f.abs() < 9.2e18 => f as i64,
                _ => return Ok(false),
            };
            let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
            let i = i as i128;
            let inside = if step > 0 { start <= i && i < stop } else { stop < i && i <= start };
            Ok(inside && (i - start) % step == 0)
        }
        _ => fail("TypeError: argument of type is not iterable"),
    }
}

/// `a in b` for `str` (substring), `list`, `tuple` and `range`.
pub fn op_in(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(contains(b, a)?))
}

/// `a not in b`.
pub fn op_not_in(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(!contains(b, a)?))
}

/// `a is b` where compiled code can tell: `None`/`True`/`False` are singletons, values of
/// different types are never the same object, and lists/tuples are compared by reference.
/// Anything else (two ints, two strings, ...) depends on CPython's object caching: fall back.
fn identical(a: &Value, b: &Value) -> Result<bool, Fallback> {
    Ok(match (a, b) {
        (Value::Undefined, _) | (_, Value::Undefined) => return fail("read of an unbound name"),
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::None | Value::Bool(_), _) | (_, Value::None | Value::Bool(_)) => false,
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) if Rc::ptr_eq(x, y) => true,
        (Value::Function(x), Value::Function(y)) if x != y => false,
        _ if std::mem::discriminant(a) != std::mem::discriminant(b) => false,
        _ => return fail("identity depends on CPython's object caching"),
    })
}

/// `a is b`.
pub fn op_is(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(identical(a, b)?))
}

/// `a is not b`.
pub fn op_is_not(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(!identical(a, b)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: PyResult) -> bool {
        match v {
            Ok(Value::Bool(x)) => x,
            other => panic!("expected a bool, got {:?}", other),
        }
    }

    #[test]
    fn mixed_int_float_compare_exactly() {
        let big = Value::Int((1 << 53) + 1);
        let f = Value::Float((1u64 << 53) as f64);
        assert!(!b(op_eq(&big, &f)));
        assert!(b(op_gt(&big, &f)));
        assert!(b(op_eq(&Value::Int(1), &Value::Float(1.0))));
        assert!(b(op_eq(&Value::Bool(true), &Value::Float(1.0))));
        assert!(b(op_lt(&Value::Int(i64::MAX), &Value::Float(9.3e18))));
        assert!(b(op_lt(&Value::Int(-3), &Value::Float(-2.5))));
        assert!(!b(op_lt(&Value::Int(1), &Value::Float(f64::NAN))));
        assert!(!b(op_eq(&Value::Float(f64::NAN), &Value::Float(f64::NAN))));
    }

    #[test]
    fn sequences_compare_lexicographically() {
        let l = |v: &[i64]| Value::list(v.iter().map(|&i| Value::Int(i)).collect());
        assert!(b(op_lt(&l(&[1, 2]), &l(&[1, 3]))));
        assert!(b(op_lt(&l(&[1, 2]), &l(&[1, 2, 0]))));
        assert!(b(op_le(&l(&[]), &l(&[]))));
        assert!(!b(op_eq(&l(&[1]), &Value::tuple(vec![Value::Int(1)]))));
        assert!(op_lt(&l(&[1]), &Value::tuple(vec![Value::Int(1)])).is_err());
        assert!(op_lt(&Value::Int(1), &Value::str("a")).is_err());
        assert!(b(op_lt(&Value::str("Z"), &Value::str("a"))));
        assert!(b(op_lt(&Value::str("\u{ffff}"), &Value::str("\u{10000}"))));
    }

    #[test]
    fn membership() {
        let l = Value::list(vec![Value::Int(1), Value::str("x")]);
        assert!(b(op_in(&Value::Float(1.0), &l)));
        assert!(b(op_not_in(&Value::str("y"), &l)));
        assert!(b(op_in(&Value::str("ell"), &Value::str("hello"))));
        assert!(op_in(&Value::Int(1), &Value::str("1")).is_err());
        assert!(b(op_in(&Value::Int(7), &Value::Range(1, 10, 3))));
        assert!(!b(op_in(&Value::Int(8), &Value::Range(1, 10, 3))));
        assert!(b(op_in(&Value::Int(4), &Value::Range(10, 0, -3))));
        let nan_list = Value::list(vec![Value::Float(f64::NAN)]);
        assert!(op_in(&Value::Float(f64::NAN), &nan_list).is_err());
    }

    #[test]
    fn identity() {
        assert!(b(op_is(&Value::None, &Value::None)));
        assert!(b(op_is_not(&Value::Int(0), &Value::None)));
        assert!(!b(op_is(&Value::Bool(true), &Value::Int(1))));
        let l = Value::list(vec![]);
        assert!(b(op_is(&l, &l.clone())));
        assert!(!b(op_is(&l, &Value::list(vec![]))));
        assert!(op_is(&Value::Int(1), &Value::Int(1)).is_err());
        assert!(!b(op_is(&Value::Int(1), &Value::str("1"))));
    }
}
