//! Comparisons, membership and identity with CPython 3.11's semantics.
//!
//! Containers compare their items with Python's `x is y or x == y`. Compiled code does not track
//! the identity of floats, so comparing two NaN items (equal only if they are the same object)
//! falls back instead of guessing.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::dict::{self, key_of, Dict};
use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence::range_len;
use crate::value::{Value, ViewKind};

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
pub(crate) fn item_eq(x: &Value, y: &Value) -> Result<bool, Fallback> {
    item_eq_at(x, y, 0)
}

fn item_eq_at(x: &Value, y: &Value, depth: u32) -> Result<bool, Fallback> {
    match (x, y) {
        (Value::List(a), Value::List(b)) if Rc::ptr_eq(a, b) => Ok(true),
        (Value::Tuple(a), Value::Tuple(b)) if Rc::ptr_eq(a, b) => Ok(true),
        (Value::Dict(a), Value::Dict(b)) if Rc::ptr_eq(a, b) => Ok(true),
        _ if is_nan(x) && is_nan(y) => fail("NaN items: equality depends on object identity"),
        _ => equal(x, y, depth),
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
        if !item_eq_at(x, y, depth + 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a == b` for two dicts: the same keys, and equal values (`is` or `==`) under each.
fn dicts_equal(a: &Dict, b: &Dict, depth: u32) -> Result<bool, Fallback> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.iter() {
        match b.get(&key_of(k)?) {
            Some(w) => {
                if !item_eq_at(v, w, depth + 1)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
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
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            return dicts_equal(&x.borrow(), &y.borrow(), depth);
        }
        // Keys and items views compare as sets, values views by identity: not supported.
        (Value::DictView(..), _) | (_, Value::DictView(..)) => {
            return fail("comparison of a dict view")
        }
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Range(a), Value::Range(b)) => ranges_equal(**a, **b),
        // Functions compare by identity, which compiled code knows exactly.
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Iter(x), Value::Iter(y)) => Rc::ptr_eq(x, y),
        (Value::Match(x), Value::Match(y)) => Rc::ptr_eq(x, y),
        (Value::Pattern(x), Value::Pattern(y)) => crate::pattern_object::equal(x, y),
        // CPython's meth_richcompare: the same receiver (`__self__ is`) and the same method.
        // Methods of different names differ whatever the receivers; the receivers' identity
        // falls back where compiled code cannot tell it (ints, strs, ...).
        (Value::BoundMethod(x), Value::BoundMethod(y)) => x.name == y.name && identical(&x.recv, &y.recv)?,
        (Value::Set(x), Value::Set(y)) => return crate::set::equal(x, y),
        (Value::Cell(_), _) | (_, Value::Cell(_)) => return fail("comparison of a cell"),
        (Value::Undefined, _) | (_, Value::Undefined) => return fail("read of an unbound name"),
        _ => false,
    })
}

/// `a == b`.
#[inline]
pub fn op_eq(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(eq_bool(a, b)?))
}

/// `a != b`.
#[inline]
pub fn op_ne(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(ne_bool(a, b)?))
}

/// `a == b` as a Rust `bool`: exactly `truthy(&op_eq(a, b)?)` (the test of an `if` whose
/// condition is a comparison, without the boxed `bool`).
#[inline(always)]
pub fn eq_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        // Two strs are equal when their code points are: when their UTF-8 bytes are.
        (Value::Str(x), Value::Str(y)) => Ok(x == y),
        _ => equal(a, b, 0),
    }
}

/// `a != b` as a Rust `bool`: exactly `truthy(&op_ne(a, b)?)`.
#[inline(always)]
pub fn ne_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x != y),
        (Value::Str(x), Value::Str(y)) => Ok(x != y),
        _ => Ok(!equal(a, b, 0)?),
    }
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
        (Value::Set(x), Value::Set(y)) => match op {
            Order::Lt => crate::set::is_subset(x, y, true),
            Order::Le => crate::set::is_subset(x, y, false),
            Order::Gt => crate::set::is_subset(y, x, true),
            Order::Ge => crate::set::is_subset(y, x, false),
        },
        _ => fail("TypeError: '<' not supported between these types"),
    }
}

/// `a op b` for an order operator, with int and float fast paths (a NaN orders as nothing, so
/// every operator is false on it, as in CPython). Inlined with a constant `op` into each `*_bool`.
#[inline(always)]
fn order_bool(a: &Value, b: &Value, op: Order) -> Result<bool, Fallback> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(op.holds(Some(x.cmp(y)))),
        (Value::Float(x), Value::Float(y)) => Ok(op.holds(x.partial_cmp(y))),
        _ => ordered(a, b, op, 0),
    }
}

/// `a < b`.
#[inline]
pub fn op_lt(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(lt_bool(a, b)?))
}

/// `a < b` as a Rust `bool`: exactly `truthy(&op_lt(a, b)?)`.
#[inline(always)]
pub fn lt_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    order_bool(a, b, Order::Lt)
}

/// `a <= b`.
#[inline]
pub fn op_le(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(le_bool(a, b)?))
}

/// `a <= b` as a Rust `bool`: exactly `truthy(&op_le(a, b)?)`.
#[inline(always)]
pub fn le_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    order_bool(a, b, Order::Le)
}

/// `a > b`.
#[inline]
pub fn op_gt(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(gt_bool(a, b)?))
}

/// `a > b` as a Rust `bool`: exactly `truthy(&op_gt(a, b)?)`.
#[inline(always)]
pub fn gt_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    order_bool(a, b, Order::Gt)
}

/// `a >= b`.
#[inline]
pub fn op_ge(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(ge_bool(a, b)?))
}

/// `a >= b` as a Rust `bool`: exactly `truthy(&op_ge(a, b)?)`.
#[inline(always)]
pub fn ge_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    order_bool(a, b, Order::Ge)
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
        Value::Set(s) => crate::set::contains(s, item),
        Value::Iter(it) => {
            // Consumes the iterator up to and including the first equal item.
            while let Some(x) = crate::iter::next_of(it)? {
                if item_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
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
        Value::Range(r) => {
            let (start, stop, step) = (&r.0, &r.1, &r.2);
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
        Value::Dict(d) => dict::contains(&d.borrow(), ViewKind::Keys, item),
        Value::DictView(d, kind) => dict::contains(&d.borrow(), *kind, item),
        _ => fail("TypeError: argument of type is not iterable"),
    }
}

/// `a in b` for `str` (substring), `list`, `tuple`, `range`, `dict` (a key) and dict views.
pub fn op_in(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(contains(b, a)?))
}

/// `a not in b`.
pub fn op_not_in(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(!contains(b, a)?))
}

/// `a in b` as a Rust `bool`: exactly `truthy(&op_in(a, b)?)`.
pub fn in_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    contains(b, a)
}

/// `a not in b` as a Rust `bool`: exactly `truthy(&op_not_in(a, b)?)`.
pub fn not_in_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    Ok(!contains(b, a)?)
}

/// `a is b` where compiled code can tell: `None`/`True`/`False` are singletons, values of
/// different types are never the same object, lists/dicts/tuples are compared by reference, and a
/// builtin is one object.
/// Anything else (two ints, two strings, ...) depends on CPython's object caching: fall back.
fn identical(a: &Value, b: &Value) -> Result<bool, Fallback> {
    Ok(match (a, b) {
        (Value::Undefined, _) | (_, Value::Undefined) => return fail("read of an unbound name"),
        (Value::Cell(_), _) | (_, Value::Cell(_)) => return fail("identity of a cell"),
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::None | Value::Bool(_), _) | (_, Value::None | Value::Bool(_)) => false,
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) if Rc::ptr_eq(x, y) => true,
        // Builtins are singletons.
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Iter(x), Value::Iter(y)) => Rc::ptr_eq(x, y),
        (Value::Match(x), Value::Match(y)) => Rc::ptr_eq(x, y),
        (Value::Pattern(x), Value::Pattern(y)) if Rc::ptr_eq(x, y) => true,
        // Two re.compile() results of one text may be one object (re's cache): fall back.
        (Value::Pattern(x), Value::Pattern(y)) if !crate::pattern_object::equal(x, y) => false,
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        // Every attribute read makes a new bound method.
        (Value::BoundMethod(x), Value::BoundMethod(y)) => Rc::ptr_eq(x, y),
        _ if std::mem::discriminant(a) != std::mem::discriminant(b) => false,
        _ => return fail("identity depends on CPython's object caching"),
    })
}

/// `a is b`.
#[inline]
pub fn op_is(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(is_bool(a, b)?))
}

/// `a is not b`.
#[inline]
pub fn op_is_not(a: &Value, b: &Value) -> PyResult {
    Ok(Value::Bool(!is_bool(a, b)?))
}

/// `a is not b` as a Rust `bool`: exactly `truthy(&op_is_not(a, b)?)`.
#[inline(always)]
pub fn is_not_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    Ok(!is_bool(a, b)?)
}

/// `a is b` as a Rust `bool`: exactly `truthy(&op_is(a, b)?)`.
#[inline(always)]
pub fn is_bool(a: &Value, b: &Value) -> Result<bool, Fallback> {
    match is_list_fast(a, b) {
        Some(r) => Ok(r),
        None => identical(a, b),
    }
}

/// `a is b` when `b` is a list (the sentinel every `for` loop tests its items against) and `a`
/// is a list or an everyday scalar: exactly what `identical` answers, without its long match.
/// `None` for the other cases.
#[inline(always)]
fn is_list_fast(a: &Value, b: &Value) -> Option<bool> {
    let Value::List(y) = b else { return None };
    match a {
        Value::List(x) => Some(Rc::ptr_eq(x, y)),
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Tuple(_) => Some(false),
        _ => None,
    }
}

/// How deeply nested tuples/lists may be checked for a total order before falling back.
const MAX_SORT_DEPTH: u32 = 50;

/// Whether every two of `items` that CPython's sort could compare are ordered by a total
/// preorder that CPython's `<` agrees with, so that any stable sort orders them exactly as
/// `list.sort()` does and no comparison can raise: numbers (`int`, `bool`, `float`) without NaN;
/// or all `str`; or all `tuple` (or all `list`) such that, among the rows that are equal on the
/// first `k` positions, the items at position `k` are such a family again (rows that differ
/// earlier are never compared there). Fewer than two items are never compared. Anything else
/// (mixed types, NaN, dicts, ...) is reported as not sortable.
pub(crate) fn totally_ordered(items: &[&Value]) -> bool {
    ordered_family(items, 0)
}

fn ordered_family(items: &[&Value], depth: u32) -> bool {
    if items.len() < 2 {
        return true;
    }
    if depth > MAX_SORT_DEPTH {
        return false;
    }
    match items[0] {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => items.iter().all(|v| match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Float(f) => !f.is_nan(),
            _ => false,
        }),
        Value::Str(_) => items.iter().all(|v| matches!(v, Value::Str(_))),
        Value::Tuple(_) => {
            let mut rows: Vec<&[Value]> = Vec::with_capacity(items.len());
            for v in items {
                let Value::Tuple(t) = v else {
                    return false;
                };
                rows.push(t);
            }
            rows_ordered(rows, depth)
        }
        Value::List(_) => {
            let borrowed: Vec<_> = items
                .iter()
                .map(|v| match v {
                    Value::List(l) => Some(l.borrow()),
                    _ => None,
                })
                .collect();
            let mut rows: Vec<&[Value]> = Vec::with_capacity(items.len());
            for b in &borrowed {
                match b {
                    Some(l) => rows.push(l),
                    None => return false,
                }
            }
            rows_ordered(rows, depth)
        }
        _ => false,
    }
}

/// Lexicographic comparison of `rows`: position `k` is compared only between rows equal on
/// positions `0..k` (a shorter row that is a prefix of a longer one is decided by length).
fn rows_ordered(rows: Vec<&[Value]>, depth: u32) -> bool {
    let mut work: Vec<(Vec<&[Value]>, usize)> = vec![(rows, 0)];
    while let Some((group, col)) = work.pop() {
        let mut present: Vec<&[Value]> = group.into_iter().filter(|r| r.len() > col).collect();
        if present.len() < 2 {
            continue;
        }
        let column: Vec<&Value> = present.iter().map(|r| &r[col]).collect();
        if !ordered_family(&column, depth + 1) {
            return false;
        }
        present.sort_by(|a, b| total_cmp(&a[col], &b[col]));
        for equal in present.chunk_by(|a, b| total_cmp(&a[col], &b[col]) == Ordering::Equal) {
            if equal.len() >= 2 {
                work.push((equal.to_vec(), col + 1));
            }
        }
    }
    true
}

/// The order of two values of a `totally_ordered` family.
pub(crate) fn total_cmp(a: &Value, b: &Value) -> Ordering {
    if let Ok(ord) = cmp_numbers(a, b) {
        return ord.unwrap_or(Ordering::Equal);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Value::Tuple(x), Value::Tuple(y)) => seq_total_cmp(x, y),
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ordering::Equal;
            }
            seq_total_cmp(&x.borrow(), &y.borrow())
        }
        _ => Ordering::Equal,
    }
}

fn seq_total_cmp(a: &[Value], b: &[Value]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let ord = total_cmp(x, y);
        if ord != Ordering::Equal {
            return ord;
        }
    }
    a.len().cmp(&b.len())
}

/// Sort `items` in place as `list.sort()` would (stable, ascending); `Fallback` when they are not
/// `totally_ordered` (CPython might raise, or compare NaNs, mid-sort).
pub(crate) fn sort_values(items: &mut [Value]) -> Result<(), Fallback> {
    sort_values_reversed(items, false)
}

/// Sort `items` stably by the parallel `keys` (as `list.sort(key=...)` after computing the keys),
/// descending when `reverse`; `Fallback` when the keys are not `totally_ordered`.
pub(crate) fn sort_by_keys(items: &mut Vec<Value>, keys: &mut Vec<Value>, reverse: bool) -> Result<(), Fallback> {
    let refs: Vec<&Value> = keys.iter().collect();
    if !totally_ordered(&refs) {
        return fail("sort of keys without a total order");
    }
    let mut pairs: Vec<(Value, Value)> = keys.drain(..).zip(items.drain(..)).collect();
    if reverse {
        pairs.sort_by(|a, b| total_cmp(&b.0, &a.0));
    } else {
        pairs.sort_by(|a, b| total_cmp(&a.0, &b.0));
    }
    items.extend(pairs.into_iter().map(|(_, item)| item));
    Ok(())
}

/// `list.sort(reverse=reverse)`: descending when `reverse`, equal items still in their original
/// order (CPython reverses, sorts stably and reverses again).
pub(crate) fn sort_values_reversed(items: &mut [Value], reverse: bool) -> Result<(), Fallback> {
    let refs: Vec<&Value> = items.iter().collect();
    if !totally_ordered(&refs) {
        return fail("sort of values without a total order");
    }
    if reverse {
        items.sort_by(|a, b| total_cmp(b, a));
    } else {
        items.sort_by(total_cmp);
    }
    Ok(())
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
        assert!(b(op_in(&Value::Int(7), &Value::range(1, 10, 3))));
        assert!(!b(op_in(&Value::Int(8), &Value::range(1, 10, 3))));
        assert!(b(op_in(&Value::Int(4), &Value::range(10, 0, -3))));
        let nan_list = Value::list(vec![Value::Float(f64::NAN)]);
        assert!(op_in(&Value::Float(f64::NAN), &nan_list).is_err());
        let d = crate::dict::dict_display(vec![(Value::str("k"), Value::Int(1))]).unwrap();
        assert!(b(op_in(&Value::str("k"), &d)));
        assert!(!b(op_in(&Value::Int(1), &d)));
        assert!(op_in(&Value::list(vec![]), &d).is_err());
    }

    #[test]
    fn dict_equality_and_identity() {
        let pair = |k: &str, v: Value| crate::dict::dict_display(vec![(Value::str(k), v)]).unwrap();
        assert!(b(op_eq(&pair("a", Value::Int(1)), &pair("a", Value::Float(1.0)))));
        assert!(!b(op_eq(&pair("a", Value::Int(1)), &pair("b", Value::Int(1)))));
        assert!(op_eq(&pair("a", Value::Float(f64::NAN)), &pair("a", Value::Float(f64::NAN))).is_err());
        let d = pair("a", Value::None);
        assert!(b(op_is(&d, &d.clone())));
        assert!(!b(op_is(&d, &pair("a", Value::None))));
        assert!(op_lt(&d, &d).is_err());
        // Two dicts that hold themselves: deep recursion falls back instead of overflowing.
        let (x, y) = (Value::dict(), Value::dict());
        if let (Value::Dict(xd), Value::Dict(yd)) = (&x, &y) {
            crate::dict::set_item(&mut xd.borrow_mut(), &Value::Int(0), x.clone()).unwrap();
            crate::dict::set_item(&mut yd.borrow_mut(), &Value::Int(0), y.clone()).unwrap();
        }
        assert!(op_eq(&x, &y).is_err());
        assert!(b(op_eq(&Value::Builtin(&"int"), &Value::Builtin(&"int"))));
        assert!(b(op_is(&Value::Builtin(&"int"), &Value::Builtin(&"int"))));
    }

    #[test]
    fn total_orders() {
        let t = |a: Value, b: Value| Value::tuple(vec![a, b]);
        let ok = [Value::Int(3), Value::Float(-1.5), Value::Bool(true), Value::Int(1)];
        assert!(totally_ordered(&ok.iter().collect::<Vec<_>>()));
        let nan = [Value::Int(3), Value::Float(f64::NAN)];
        assert!(!totally_ordered(&nan.iter().collect::<Vec<_>>()));
        let mixed = [Value::Int(3), Value::str("a")];
        assert!(!totally_ordered(&mixed.iter().collect::<Vec<_>>()));
        let one = [Value::Float(f64::NAN)];
        assert!(totally_ordered(&one.iter().collect::<Vec<_>>()));
        let pairs = [t(Value::str("b"), Value::Int(1)), t(Value::str("a"), Value::Int(2)), t(Value::str("a"), Value::Float(0.5))];
        assert!(totally_ordered(&pairs.iter().collect::<Vec<_>>()));
        let mut v = pairs.to_vec();
        sort_values(&mut v).unwrap();
        assert_eq!(crate::repr::repr(&Value::list(v)).unwrap(), "[('a', 0.5), ('a', 2), ('b', 1)]");
        let bad = [t(Value::str("a"), Value::Int(1)), t(Value::str("a"), Value::str("x"))];
        assert!(!totally_ordered(&bad.iter().collect::<Vec<_>>()));
        // Decided by the first position: the second is never compared.
        let decided = [t(Value::str("a"), Value::Int(1)), t(Value::str("b"), Value::str("x"))];
        assert!(totally_ordered(&decided.iter().collect::<Vec<_>>()));
        let prefix = [Value::tuple(vec![Value::Int(1)]), t(Value::Int(1), Value::None)];
        assert!(totally_ordered(&prefix.iter().collect::<Vec<_>>()));
        let nested = [t(t(Value::Int(1), Value::None), Value::Int(0)), t(t(Value::Int(2), Value::str("x")), Value::Int(0))];
        assert!(totally_ordered(&nested.iter().collect::<Vec<_>>()));
        // Stable: 1, 1.0 and True keep their order.
        let mut v = vec![Value::Float(1.0), Value::Int(0), Value::Bool(true), Value::Int(1)];
        sort_values(&mut v).unwrap();
        assert_eq!(crate::repr::repr(&Value::list(v)).unwrap(), "[0, 1.0, True, 1]");
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
