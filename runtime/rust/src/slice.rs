//! Slicing: `v[lower:upper:step]` for `str`, `list`, `tuple` and `range`, and slice assignment
//! `xs[lower:upper:step] = iterable` and slice deletion `del xs[lower:upper:step]` for lists, by
//! CPython's `PySlice_Unpack` /
//! `PySlice_AdjustIndices` rules. A bound that is not `None` or an `int`, and a zero step, fall
//! back (`TypeError`, `ValueError`).

use std::rc::Rc;

use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence::{self, range_len};
use crate::value::Value;

/// A slice bound: `None` (omitted) or an integer (`int` or `bool`).
fn bound(v: &Value) -> Result<Option<i64>, Fallback> {
    match v {
        Value::None => Ok(None),
        _ => match v.as_int() {
            Some(i) => Ok(Some(i)),
            None => fail("TypeError: slice indices must be integers or None"),
        },
    }
}

/// The step of a slice: 1 when omitted; zero falls back.
fn step_of(step: &Value) -> Result<i64, Fallback> {
    match bound(step)? {
        None => Ok(1),
        Some(0) => fail("ValueError: slice step cannot be zero"),
        // CPython clamps the step to [-PY_SSIZE_T_MAX, PY_SSIZE_T_MAX].
        Some(s) => Ok(s.max(-i64::MAX)),
    }
}

/// The resolved indices of a slice of a sequence of `len` items: the first index, the step and
/// the number of items (`PySlice_Unpack` then `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    /// Index of the first item (meaningful when `count > 0`).
    pub start: i64,
    /// Index of the item after the last one, as adjusted (used by slice assignment with step 1).
    pub stop: i64,
    /// The step, never 0.
    pub step: i64,
    /// How many items the slice selects.
    pub count: u64,
}

impl SliceIndices {
    /// The index of the `k`-th selected item.
    #[inline]
    pub fn at(&self, k: u64) -> usize {
        (self.start as i128 + k as i128 * self.step as i128) as usize
    }
}

/// Resolve `lower:upper:step` against a sequence of `len` items.
pub fn resolve(len: usize, lower: &Value, upper: &Value, step: &Value) -> Result<SliceIndices, Fallback> {
    let step = step_of(step)?;
    let len = len as i128;
    let adjust = |b: Option<i64>, default: i128| -> i128 {
        let Some(b) = b else {
            return default;
        };
        let mut b = b as i128;
        if b < 0 {
            b += len;
            if b < 0 {
                b = if step < 0 { -1 } else { 0 };
            }
        } else if b >= len {
            b = if step < 0 { len - 1 } else { len };
        }
        b
    };
    let (start, stop) = if step < 0 {
        (adjust(bound(lower)?, len - 1), adjust(bound(upper)?, -1))
    } else {
        (adjust(bound(lower)?, 0), adjust(bound(upper)?, len))
    };
    let count = if step < 0 {
        if stop < start { (start - stop - 1) / (-step as i128) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step as i128 + 1
    } else {
        0
    };
    Ok(SliceIndices { start: start as i64, stop: stop as i64, step, count: count as u64 })
}

/// `v[lower:upper:step]`: a new `list`, `tuple` or `str`, or a `range` (a whole tuple with step 1
/// is the tuple itself, as in CPython).
pub fn get_slice(v: &Value, lower: &Value, upper: &Value, step: &Value) -> PyResult {
    match v {
        Value::List(l) => {
            let l = l.borrow();
            let s = resolve(l.len(), lower, upper, step)?;
            Ok(Value::list(pick(&l, &s)))
        }
        Value::Tuple(t) => {
            let s = resolve(t.len(), lower, upper, step)?;
            if s.step == 1 && s.count == t.len() as u64 {
                return Ok(Value::Tuple(Rc::clone(t)));
            }
            Ok(Value::tuple(pick(t, &s)))
        }
        Value::Str(text) => {
            if text.is_ascii() {
                let s = resolve(text.len(), lower, upper, step)?;
                if s.step == 1 {
                    let a = s.start as usize;
                    return Ok(Value::str(&text[a..a + s.count as usize]));
                }
                let bytes = text.as_bytes();
                let out: String = (0..s.count).map(|k| bytes[s.at(k)] as char).collect();
                return Ok(Value::string(out));
            }
            let s = resolve(text.char_len(), lower, upper, step)?;
            if s.step == 1 {
                let a = s.start as usize;
                return Ok(Value::str(text.char_slice(a, a + s.count as usize)));
            }
            let chars: Vec<char> = text.chars().collect();
            Ok(Value::string((0..s.count).map(|k| chars[s.at(k)]).collect()))
        }
        Value::Range(r) => range_slice(r.0, r.1, r.2, lower, upper, step),
        Value::Dict(_) => fail("TypeError: unhashable type: 'slice'"),
        _ => fail("TypeError: object is not subscriptable"),
    }
}

fn pick(items: &[Value], s: &SliceIndices) -> Vec<Value> {
    if s.step == 1 {
        let a = s.start as usize;
        return items[a..a + s.count as usize].to_vec();
    }
    (0..s.count).map(|k| items[s.at(k)].clone()).collect()
}

/// CPython's `compute_slice` of `range(r0, r1, rs)`: another range.
fn range_slice(r0: i64, r1: i64, rs: i64, lower: &Value, upper: &Value, step: &Value) -> PyResult {
    let step = match bound(step)? {
        None => 1i128,
        Some(0) => return fail("ValueError: slice step cannot be zero"),
        Some(s) => s as i128,
    };
    let len = range_len(r0, r1, rs) as i128;
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |b: Option<i64>, default: i128| -> i128 {
        let Some(b) = b else {
            return default;
        };
        let b = b as i128;
        if b < 0 {
            (b + len).max(lo)
        } else {
            b.min(hi)
        }
    };
    let (start, stop) = if step < 0 {
        (adjust(bound(lower)?, hi), adjust(bound(upper)?, lo))
    } else {
        (adjust(bound(lower)?, lo), adjust(bound(upper)?, hi))
    };
    let item = |i: i128| r0 as i128 + i * rs as i128;
    let fit = |x: i128| i64::try_from(x).or_else(|_| fail("range slice outside 64 bits"));
    Ok(Value::range(fit(item(start))?, fit(item(stop))?, fit(step * rs as i128)?))
}

/// `target[lower:upper:step] = value` for a list: with step 1 the slice is replaced by the items
/// of `value` (any iterable, any length); with another step the lengths must match (else
/// `ValueError`, which falls back).
pub fn set_slice(target: &Value, lower: &Value, upper: &Value, step: &Value, value: Value) -> Result<(), Fallback> {
    let Value::List(list) = target else {
        return fail("TypeError: object does not support slice assignment");
    };
    // The items first: `xs[:] = xs` reads the list being assigned.
    let new = sequence::items(&value)?;
    let mut l = list.borrow_mut();
    let s = resolve(l.len(), lower, upper, step)?;
    if s.step == 1 {
        let len = l.len() as i64;
        let low = s.start.clamp(0, len);
        let high = s.stop.clamp(low, len);
        if (l.len() - (high - low) as usize) as u64 + new.len() as u64 > sequence::MAX_ITEMS {
            return fail("list too large");
        }
        l.splice(low as usize..high as usize, new);
        return Ok(());
    }
    if new.len() as u64 != s.count {
        return fail("ValueError: attempt to assign sequence of wrong size to extended slice");
    }
    for (k, item) in new.into_iter().enumerate() {
        let i = s.at(k as u64);
        l[i] = item;
    }
    Ok(())
}

/// `del target[lower:upper:step]` for a list: the items the slice selects are removed, the others
/// keep their order (any step; an empty selection changes nothing), as CPython's
/// `list_ass_subscript` with no value. A `dict` raises `TypeError` (a slice is unhashable), as do
/// `str`, `tuple`, `range` and the other types, and a bad bound or a zero step raises too: all
/// fall back.
pub fn del_slice(target: &Value, lower: &Value, upper: &Value, step: &Value) -> Result<(), Fallback> {
    let Value::List(list) = target else {
        return fail("TypeError: object does not support item deletion");
    };
    // The removed items are dropped after the list's borrow ends.
    let _removed: Vec<Value> = {
        let mut l = list.borrow_mut();
        let s = resolve(l.len(), lower, upper, step)?;
        if s.count == 0 {
            return Ok(());
        }
        if s.step == 1 {
            let a = s.start as usize;
            l.drain(a..a + s.count as usize).collect()
        } else {
            // The selected indices, ascending: every |step|-th from the lowest.
            let stride = s.step.unsigned_abs() as usize;
            let lowest = s.at(if s.step > 0 { 0 } else { s.count - 1 });
            let highest = lowest + (s.count as usize - 1) * stride;
            let items = std::mem::take(&mut l.0);
            let mut kept = Vec::with_capacity(items.len() - s.count as usize);
            let mut removed = Vec::with_capacity(s.count as usize);
            for (i, item) in items.into_iter().enumerate() {
                if i >= lowest && i <= highest && (i - lowest) % stride == 0 {
                    removed.push(item);
                } else {
                    kept.push(item);
                }
            }
            l.0 = kept;
            removed
        }
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repr::repr;

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    fn n(i: i64) -> Value {
        Value::Int(i)
    }

    const NONE: Value = Value::None;

    fn r(v: PyResult) -> String {
        repr(&v.unwrap()).unwrap()
    }

    #[test]
    fn get() {
        let l = ints(&[0, 1, 2, 3, 4]);
        assert_eq!(r(get_slice(&l, &n(1), &n(3), &NONE)), "[1, 2]");
        assert_eq!(r(get_slice(&l, &NONE, &NONE, &n(-1))), "[4, 3, 2, 1, 0]");
        assert_eq!(r(get_slice(&l, &n(-2), &NONE, &NONE)), "[3, 4]");
        assert_eq!(r(get_slice(&l, &n(10), &n(-10), &n(-2))), "[4, 2, 0]");
        assert_eq!(r(get_slice(&l, &n(i64::MIN), &n(i64::MAX), &n(i64::MIN))), "[]");
        assert_eq!(r(get_slice(&l, &n(4), &NONE, &n(i64::MIN))), "[4]");
        assert!(get_slice(&l, &NONE, &NONE, &n(0)).is_err());
        assert!(get_slice(&l, &Value::Float(1.0), &NONE, &NONE).is_err());
        assert_eq!(r(get_slice(&Value::str("héllo"), &n(1), &NONE, &n(2))), "'él'");
        assert_eq!(r(get_slice(&Value::str("hello"), &n(-3), &n(-1), &NONE)), "'ll'");
        assert_eq!(r(get_slice(&Value::str(""), &NONE, &NONE, &n(-1))), "''");
        assert_eq!(r(get_slice(&Value::tuple(vec![n(1)]), &NONE, &NONE, &n(-1))), "(1,)");
        assert_eq!(r(get_slice(&Value::range(0, 10, 1), &NONE, &NONE, &n(-1))), "range(9, -1, -1)");
        assert_eq!(r(get_slice(&Value::range(0, 10, 3), &n(5), &n(1), &n(-2))), "range(9, 3, -6)");
        assert_eq!(r(get_slice(&Value::range(0, 5, 1), &n(10), &n(20), &NONE)), "range(5, 5)");
    }

    #[test]
    fn set() {
        let l = ints(&[0, 1, 2, 3, 4]);
        set_slice(&l, &n(1), &n(3), &NONE, ints(&[7, 8, 9])).unwrap();
        assert_eq!(repr(&l).unwrap(), "[0, 7, 8, 9, 3, 4]");
        set_slice(&l, &n(5), &n(2), &NONE, ints(&[5])).unwrap();
        assert_eq!(repr(&l).unwrap(), "[0, 7, 8, 9, 3, 5, 4]");
        set_slice(&l, &NONE, &NONE, &n(-3), ints(&[1, 2, 3])).unwrap();
        assert_eq!(repr(&l).unwrap(), "[3, 7, 8, 2, 3, 5, 1]");
        assert!(set_slice(&l, &NONE, &NONE, &n(2), ints(&[1])).is_err());
        set_slice(&l, &NONE, &NONE, &NONE, l.clone()).unwrap();
        assert_eq!(repr(&l).unwrap(), "[3, 7, 8, 2, 3, 5, 1]");
        set_slice(&l, &n(-100), &n(100), &NONE, Value::str("ab")).unwrap();
        assert_eq!(repr(&l).unwrap(), "['a', 'b']");
        assert!(set_slice(&Value::tuple(vec![]), &NONE, &NONE, &NONE, ints(&[])).is_err());
    }

    #[test]
    fn delete() {
        // Each expected list is CPython 3.11's: xs = list(range(10)); del xs[lower:upper:step].
        let cases: &[(Value, Value, Value, &str)] = &[
            (n(2), n(5), NONE, "[0, 1, 5, 6, 7, 8, 9]"),
            (NONE, NONE, NONE, "[]"),
            (n(-3), NONE, NONE, "[0, 1, 2, 3, 4, 5, 6]"),
            (n(5), n(2), NONE, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"),
            (n(100), n(200), NONE, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"),
            (n(-100), n(3), NONE, "[3, 4, 5, 6, 7, 8, 9]"),
            (NONE, NONE, n(2), "[1, 3, 5, 7, 9]"),
            (n(1), NONE, n(2), "[0, 2, 4, 6, 8]"),
            (NONE, NONE, n(-1), "[]"),
            (NONE, NONE, n(-3), "[1, 2, 4, 5, 7, 8]"),
            (n(8), n(1), n(-3), "[0, 1, 3, 4, 6, 7, 9]"),
            (n(-2), NONE, n(-4), "[1, 2, 3, 5, 6, 7, 9]"),
            (n(3), n(7), n(3), "[0, 1, 2, 4, 5, 7, 8, 9]"),
            (n(2), n(3), n(-1), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"),
            (NONE, NONE, n(i64::MAX), "[1, 2, 3, 4, 5, 6, 7, 8, 9]"),
            (NONE, NONE, n(i64::MIN), "[0, 1, 2, 3, 4, 5, 6, 7, 8]"),
            (Value::Bool(true), NONE, Value::Bool(true), "[0]"),
        ];
        for (lower, upper, step, want) in cases {
            let l = Value::list((0..10).map(n).collect());
            let alias = l.clone();
            del_slice(&l, lower, upper, step).unwrap();
            assert_eq!(repr(&alias).unwrap(), *want, "del xs[{:?}:{:?}:{:?}]", lower, upper, step);
        }
        let empty = ints(&[]);
        del_slice(&empty, &NONE, &NONE, &n(-1)).unwrap();
        del_slice(&empty, &n(-5), &n(5), &NONE).unwrap();
        assert_eq!(repr(&empty).unwrap(), "[]");
        // ValueError (zero step), TypeError (bounds, immutable sequences, dicts).
        assert!(del_slice(&ints(&[1]), &NONE, &NONE, &n(0)).is_err());
        assert!(del_slice(&ints(&[1]), &Value::Float(0.0), &NONE, &NONE).is_err());
        assert!(del_slice(&ints(&[1]), &NONE, &Value::str("a"), &NONE).is_err());
        assert!(del_slice(&Value::tuple(vec![n(1)]), &NONE, &NONE, &NONE).is_err());
        assert!(del_slice(&Value::str("ab"), &n(0), &n(1), &NONE).is_err());
        assert!(del_slice(&Value::dict(), &NONE, &NONE, &NONE).is_err());
        assert!(del_slice(&Value::range(0, 3, 1), &NONE, &NONE, &NONE).is_err());
    }
}
