//! Truthiness (`bool(x)`, the test of `if` and `while`).

use crate::fallback::{fail, Fallback};
use crate::sequence::range_len;
use crate::value::Value;

/// Python's truth value of `v`: `None`, `False`, `0`, `0.0`, `-0.0` and empty `str`, `list`,
/// `tuple`, `range`, `dict` and dict views are false; everything else (NaN, functions and
/// builtins included) is true.
/// An unbound value falls back.
#[inline(always)]
pub fn truthy(v: &Value) -> Result<bool, Fallback> {
    // The tests of `if` and `while` are nearly always comparisons (a `bool`) or ints: keep
    // them inline in generated code, and the rest out of line.
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        _ => truthy_slow(v),
    }
}

#[inline(never)]
fn truthy_slow(v: &Value) -> Result<bool, Fallback> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Range(r) => range_len(r.0, r.1, r.2) > 0,
        Value::Dict(d) | Value::DictView(d, _) | Value::Set(d) => !d.borrow().is_empty(),
        Value::Function(_) | Value::Builtin(_) | Value::Iter(_) | Value::Match(_) | Value::Pattern(_) | Value::BoundMethod(_) => true,
        Value::Cell(_) => return fail("truth of a cell"),
        Value::Undefined => return fail("read of an unbound name"),
    })
}
