//! Sequences (and dicts): `len`, indexing, item assignment, repetition, iteration and unpacking.

use crate::dict;
use crate::fallback::{fail, Fallback, PyResult};
use crate::value::{Value, ViewKind};

/// The most items a sequence built by the runtime may hold; a bigger one falls back instead of
/// exhausting memory (CPython may well raise `MemoryError` there too).
pub const MAX_ITEMS: u64 = 1 << 28;

/// Number of items of `range(start, stop, step)` (`step != 0`), exactly.
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        if start < stop { (stop - start - 1) / step + 1 } else { 0 }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as u64
}

/// `len(v)` for `str` (code points), `list`, `tuple`, `range`, `dict` and dict views.
pub fn len(v: &Value) -> PyResult {
    let n = match v {
        Value::Str(s) => s.char_len() as u64,
        Value::Dict(d) | Value::DictView(d, _) | Value::Set(d) => d.borrow().len() as u64,
        Value::List(l) => l.borrow().len() as u64,
        Value::Tuple(t) => t.len() as u64,
        Value::Range(r) => range_len(r.0, r.1, r.2),
        _ => return fail("TypeError: object has no len()"),
    };
    match i64::try_from(n) {
        Ok(n) => Ok(Value::Int(n)),
        Err(_) => fail("OverflowError: len() too large"),
    }
}

/// The number of code points of `s`.
#[inline]
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Resolve a Python index (negative counts from the end) against `len`; out of range falls back
/// (`IndexError`), a non-`int` index falls back (`TypeError`).
fn resolve(index: &Value, len: u64) -> Result<u64, Fallback> {
    let Some(i) = index.as_int() else {
        return fail("TypeError: indices must be integers");
    };
    let i = if i < 0 { i as i128 + len as i128 } else { i as i128 };
    if i < 0 || i >= len as i128 {
        return fail("IndexError: index out of range");
    }
    Ok(i as u64)
}

/// `v[index]` for `str` (a one-character `str`), `list`, `tuple`, `range` and `dict` (a missing
/// key falls back: `KeyError`).
#[inline]
pub fn get_index(v: &Value, index: &Value) -> PyResult {
    if let (Value::List(l), Value::Int(i)) = (v, index) {
        if let Some(item) = usize::try_from(*i).ok().and_then(|i| l.borrow().get(i).cloned()) {
            return Ok(item);
        }
    }
    get_index_slow(v, index)
}

#[inline(never)]
fn get_index_slow(v: &Value, index: &Value) -> PyResult {
    match v {
        Value::List(l) => {
            let l = l.borrow();
            let i = resolve(index, l.len() as u64)?;
            Ok(l[i as usize].clone())
        }
        Value::Tuple(t) => {
            let i = resolve(index, t.len() as u64)?;
            Ok(t[i as usize].clone())
        }
        Value::Str(s) => {
            // The code point count and positions are cached (see pystr.rs).
            let i = resolve(index, s.char_len() as u64)? as usize;
            Ok(Value::str(s.char_slice(i, i + 1)))
        }
        Value::Range(r) => {
            let (start, stop, step) = (&r.0, &r.1, &r.2);
            let i = resolve(index, range_len(*start, *stop, *step))?;
            // In range, so start + i*step lies between start and stop and fits in i64.
            Ok(Value::Int((*start as i128 + i as i128 * *step as i128) as i64))
        }
        Value::Dict(d) => dict::get_item(&d.borrow(), index),
        Value::Match(m) => crate::match_object::get_item(m, index),
        _ => fail("TypeError: object is not subscriptable"),
    }
}

/// `target[index] = value` for `list` and `dict` (other types raise `TypeError` in CPython).
#[inline]
pub fn set_index(target: &Value, index: &Value, value: Value) -> Result<(), Fallback> {
    match target {
        Value::Dict(d) => dict::set_item(&mut d.borrow_mut(), index, value),
        Value::List(l) => {
            let mut l = l.borrow_mut();
            let i = resolve(index, l.len() as u64)?;
            l[i as usize] = value;
            Ok(())
        }
        _ => fail("TypeError: object does not support item assignment"),
    }
}

/// `del target[index]` for `list` (a negative index counts from the end; out of range falls back:
/// `IndexError`) and `dict` (a missing key falls back: `KeyError`; an unhashable one: `TypeError`),
/// as CPython's `list_ass_item` / `PyDict_DelItem`. Every other type raises `TypeError` in CPython
/// (`'tuple' object doesn't support item deletion`) and falls back.
pub fn del_index(target: &Value, index: &Value) -> Result<(), Fallback> {
    // The removed item is dropped after the container's borrow ends.
    let _removed = match target {
        Value::Dict(d) => {
            let key = dict::key_of(index)?;
            let removed = d.borrow_mut().remove(&key);
            match removed {
                Some(entry) => Some(entry.1),
                None => return fail("KeyError"),
            }
        }
        Value::List(l) => {
            let mut l = l.borrow_mut();
            let i = resolve(index, l.len() as u64)?;
            Some(l.remove(i as usize))
        }
        _ => return fail("TypeError: object does not support item deletion"),
    };
    Ok(())
}

/// The items of an iterable (`str` as one-character strings, `list` (a snapshot), `tuple`,
/// `range`, `dict` (its keys) and dict views), in order.
pub fn items(v: &Value) -> Result<Vec<Value>, Fallback> {
    match v {
        Value::Dict(d) | Value::DictView(d, ViewKind::Keys) => Ok(d.borrow().keys()),
        Value::DictView(d, ViewKind::Values) => Ok(d.borrow().values()),
        Value::DictView(d, ViewKind::Items) => Ok(d.borrow().items()),
        Value::List(l) => Ok(l.borrow().to_vec()),
        Value::Tuple(t) => Ok(t.to_vec()),
        Value::Str(s) => Ok(str_chars(s)),
        Value::Range(r) => {
            let (start, stop, step) = (&r.0, &r.1, &r.2);
            let n = range_len(*start, *stop, *step);
            if n > MAX_ITEMS {
                return fail("range too large to materialise");
            }
            Ok((0..n as i128).map(|i| Value::Int((*start as i128 + i * *step as i128) as i64)).collect())
        }
        Value::Iter(it) => crate::iter::drain(it, MAX_ITEMS),
        Value::Set(s) => crate::set::ordered_items(s),
        _ => fail("TypeError: object is not iterable"),
    }
}

/// The characters of `s` as one-character strings.
pub fn str_chars(s: &str) -> Vec<Value> {
    if s.is_ascii() {
        return (0..s.len()).map(|i| Value::str(&s[i..i + 1])).collect();
    }
    let mut buf = [0u8; 4];
    s.chars().map(|c| Value::str(c.encode_utf8(&mut buf))).collect()
}

/// Unpack `v` into exactly `n` items (`a, b = v`); another count falls back (`ValueError`).
pub fn unpack(v: &Value, n: usize) -> Result<Vec<Value>, Fallback> {
    let all = items(v)?;
    if all.len() != n {
        return fail("ValueError: wrong number of values to unpack");
    }
    Ok(all)
}

/// Unpack `v` into exactly `N` items, as an array (for tuple assignment targets).
pub fn unpack_n<const N: usize>(v: &Value) -> Result<[Value; N], Fallback> {
    let all = unpack(v, N)?;
    all.try_into().or_else(|_| fail("ValueError: wrong number of values to unpack"))
}

/// Unpack `v` into `N` targets of which the one at `star` is starred (`a, *b, c = v`): it gets a
/// new list of the items the others leave. Fewer than `N - 1` items fall back (`ValueError`).
pub fn unpack_star<const N: usize>(v: &Value, star: usize) -> Result<[Value; N], Fallback> {
    let mut all = items(v)?;
    if all.len() + 1 < N || star >= N {
        return fail("ValueError: not enough values to unpack");
    }
    let after = N - 1 - star;
    let tail = all.split_off(all.len() - after);
    let middle = all.split_off(star);
    all.push(Value::list(middle));
    all.extend(tail);
    all.try_into().or_else(|_| fail("ValueError: wrong number of values to unpack"))
}

/// `seq * n` for `str`, `list` and `tuple` (`n <= 0` gives an empty sequence).
pub fn repeat(seq: &Value, n: i64) -> PyResult {
    let n = n.max(0) as u64;
    let unit = match seq {
        Value::Str(s) => s.len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        _ => return fail("TypeError: can't multiply sequence by non-int"),
    } as u64;
    if unit.saturating_mul(n) > MAX_ITEMS {
        return fail("repetition too large");
    }
    let n = n as usize;
    Ok(match seq {
        Value::Str(s) => Value::string(s.repeat(n)),
        Value::List(l) => Value::list(repeat_items(&l.borrow(), n)),
        Value::Tuple(t) => Value::tuple(repeat_items(t, n)),
        _ => unreachable!("checked above"),
    })
}

fn repeat_items(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_lengths() {
        assert_eq!(range_len(0, 10, 3), 4);
        assert_eq!(range_len(10, 0, -3), 4);
        assert_eq!(range_len(0, 0, 1), 0);
        assert_eq!(range_len(5, 0, 1), 0);
        assert_eq!(range_len(i64::MIN, i64::MAX, 1), u64::MAX);
    }

    #[test]
    fn negative_indices_and_index_errors() {
        let l = Value::list(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        assert!(matches!(get_index(&l, &Value::Int(-1)), Ok(Value::Int(3))));
        assert!(get_index(&l, &Value::Int(3)).is_err());
        assert!(get_index(&l, &Value::Int(-4)).is_err());
        assert!(get_index(&l, &Value::Float(0.0)).is_err());
        assert!(matches!(get_index(&Value::range(10, 0, -3), &Value::Int(-1)), Ok(Value::Int(1))));
        match get_index(&Value::str("héllo"), &Value::Int(-4)) {
            Ok(Value::Str(s)) => assert_eq!(&*s, "é"),
            other => panic!("{:?}", other),
        }
    }

    #[test]
    fn starred_unpacking() {
        let r = |v: &[Value]| crate::repr::repr(&Value::tuple(v.to_vec())).unwrap();
        let l = Value::list((1..=4).map(Value::Int).collect());
        // python3: a, *b, c = [1, 2, 3, 4]; *d, = ...; e, *f = 'x'
        assert_eq!(r(&unpack_star::<3>(&l, 1).unwrap()), "(1, [2, 3], 4)");
        assert_eq!(r(&unpack_star::<1>(&l, 0).unwrap()), "([1, 2, 3, 4],)");
        assert_eq!(r(&unpack_star::<2>(&Value::str("x"), 1).unwrap()), "('x', [])");
        assert!(unpack_star::<3>(&Value::str("x"), 1).is_err());
    }

    #[test]
    fn lists_alias() {
        let a = Value::list(vec![Value::Int(1)]);
        let b = a.clone();
        set_index(&b, &Value::Int(0), Value::Int(9)).unwrap();
        assert!(matches!(get_index(&a, &Value::Int(0)), Ok(Value::Int(9))));
        assert!(set_index(&Value::tuple(vec![Value::Int(1)]), &Value::Int(0), Value::None).is_err());
    }

    #[test]
    fn item_deletion() {
        let r = |v: &Value| crate::repr::repr(v).unwrap();
        // python3: xs = [1, 2, 3, 4]; del xs[-1]; del xs[True]; del xs[0] -> [3]
        let xs = Value::list((1..=4).map(Value::Int).collect());
        let alias = xs.clone();
        del_index(&xs, &Value::Int(-1)).unwrap();
        del_index(&xs, &Value::Bool(true)).unwrap();
        del_index(&xs, &Value::Int(0)).unwrap();
        assert_eq!(r(&alias), "[3]");
        // IndexError, TypeError.
        assert!(del_index(&xs, &Value::Int(1)).is_err());
        assert!(del_index(&xs, &Value::Int(-2)).is_err());
        assert!(del_index(&xs, &Value::Float(0.0)).is_err());
        assert!(del_index(&Value::list(vec![]), &Value::Int(0)).is_err());
        assert!(del_index(&Value::list(vec![]), &Value::Int(-1)).is_err());
        // python3: d = {1: 'a', 'k': 'b', 2: 'c'}; del d[1.0]; del d['k'] -> {2: 'c'}
        let d = crate::dict::dict_display(vec![
            (Value::Int(1), Value::str("a")),
            (Value::str("k"), Value::str("b")),
            (Value::Int(2), Value::str("c")),
        ])
        .unwrap();
        del_index(&d, &Value::Float(1.0)).unwrap();
        del_index(&d, &Value::str("k")).unwrap();
        assert_eq!(r(&d), "{2: 'c'}");
        // KeyError, unhashable key.
        assert!(del_index(&d, &Value::Int(1)).is_err());
        assert!(del_index(&d, &Value::list(vec![])).is_err());
        assert!(del_index(&Value::dict(), &Value::Int(0)).is_err());
        // Immutable sequences and other types raise TypeError.
        assert!(del_index(&Value::tuple(vec![Value::Int(1)]), &Value::Int(0)).is_err());
        assert!(del_index(&Value::str("ab"), &Value::Int(0)).is_err());
        assert!(del_index(&Value::range(0, 3, 1), &Value::Int(0)).is_err());
        assert!(del_index(&Value::Int(3), &Value::Int(0)).is_err());
    }
}
