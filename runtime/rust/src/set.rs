//! `set`: a shared, mutable collection of hashable values, stored as the keys of a `Dict` (whose
//! values are unused). Equal values (`1`, `1.0`, `True`) are one item and the first stored is
//! kept, as in CPython. CPython's iteration order depends on hashes (and on per-process hash
//! randomisation for `str`), so whatever would show the order of two or more items (iterating,
//! `repr`, `pop`, `list(s)`) falls back; order-independent uses are exact.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compare::totally_ordered;
use crate::dict::{key_of, Dict};
use crate::fallback::{fail, Fallback, PyResult};
use crate::sequence;
use crate::value::Value;

/// The shared object behind a `Value::Set`.
pub(crate) type SetRef = Rc<RefCell<Dict>>;

pub(crate) fn add(d: &mut Dict, item: &Value) -> Result<(), Fallback> {
    let key = key_of(item)?;
    if !d.contains(&key) {
        d.insert(key, item.clone(), Value::None);
    }
    Ok(())
}

fn new_set(d: Dict) -> Value {
    Value::Set(Rc::new(RefCell::new(d)))
}

/// A set display `{a, b}` (and `set(list)`): items added left to right, the first of equal
/// items kept; an unhashable item falls back (`TypeError`).
pub fn set_display(items: Vec<Value>) -> PyResult {
    let mut d = Dict::new();
    for item in &items {
        add(&mut d, item)?;
    }
    Ok(new_set(d))
}

/// The items of any iterable, for set operations whose result does not depend on their order (a
/// set's items in the runtime's order).
fn items_of(v: &Value) -> Result<Vec<Value>, Fallback> {
    match v {
        Value::Set(s) => Ok(s.borrow().keys()),
        _ => sequence::items(v),
    }
}

/// `set()` / `set(iterable)`.
pub fn set(args: &[Value]) -> PyResult {
    match args {
        [] => Ok(new_set(Dict::new())),
        [v] => set_display(items_of(v)?),
        _ => fail("TypeError: set expected at most 1 argument"),
    }
}

/// The items of `s` in CPython's order: only when there are at most one.
pub fn ordered_items(s: &SetRef) -> Result<Vec<Value>, Fallback> {
    let d = s.borrow();
    if d.len() > 1 {
        return fail("the iteration order of a set depends on hashes");
    }
    Ok(d.keys())
}

/// The items of a set for `sorted`, `min`, `max` (without `key=`): all of them when they are
/// totally ordered (`compare::totally_ordered`: no two are equal in a set, so their order cannot
/// change the result and no comparison raises), else only a set of at most one item.
pub fn items_for_ordering(s: &SetRef) -> Result<Vec<Value>, Fallback> {
    let items = s.borrow().keys();
    let refs: Vec<&Value> = items.iter().collect();
    if items.len() > 1 && !totally_ordered(&refs) {
        return fail("the order of a set can change this result");
    }
    Ok(items)
}

/// The items of a set for `sum`: all of them when they are all `int`/`bool` (integer addition
/// does not depend on the order), else only a set of at most one item.
pub fn items_for_sum(s: &SetRef) -> Result<Vec<Value>, Fallback> {
    let items = s.borrow().keys();
    if items.len() > 1 && !items.iter().all(|v| matches!(v, Value::Int(_) | Value::Bool(_))) {
        return fail("the order of a set can change this sum");
    }
    Ok(items)
}

/// `item in s`; a set as `item` is looked up as a frozenset, which no set here holds.
pub fn contains(s: &SetRef, item: &Value) -> Result<bool, Fallback> {
    if let Value::Set(_) = item {
        return Ok(false);
    }
    Ok(s.borrow().contains(&key_of(item)?))
}

fn subset(a: &Dict, b: &Dict) -> Result<bool, Fallback> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.keys() {
        if !b.contains(&key_of(&k)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a == b` for two sets.
pub fn equal(a: &SetRef, b: &SetRef) -> Result<bool, Fallback> {
    let (x, y) = (a.borrow(), b.borrow());
    Ok(x.len() == y.len() && subset(&x, &y)?)
}

/// `a <= b` (`strict`: `a < b`) for two sets.
pub fn is_subset(a: &SetRef, b: &SetRef, strict: bool) -> Result<bool, Fallback> {
    let (x, y) = (a.borrow(), b.borrow());
    Ok((!strict || x.len() < y.len()) && subset(&x, &y)?)
}

fn union(a: &Dict, other: &[Value]) -> Result<Dict, Fallback> {
    let mut r = a.clone();
    for v in other {
        add(&mut r, v)?;
    }
    Ok(r)
}

/// CPython's `set_intersection`: iterates the smaller set (the other one when sizes are equal)
/// and keeps that set's item objects; another iterable's items are kept as they come.
fn intersection(a: &Dict, other: &Value) -> Result<Dict, Fallback> {
    let mut r = Dict::new();
    if let Value::Set(o) = other {
        let o = o.borrow();
        let (big, small) = if o.len() > a.len() { (&*o, a) } else { (a, &*o) };
        for v in small.keys() {
            if big.contains(&key_of(&v)?) {
                add(&mut r, &v)?;
            }
        }
        return Ok(r);
    }
    for v in sequence::items(other)? {
        if a.contains(&key_of(&v)?) {
            add(&mut r, &v)?;
        }
    }
    Ok(r)
}

fn difference(a: &Dict, other: &[Value]) -> Result<Dict, Fallback> {
    let mut r = a.clone();
    for v in other {
        r.remove(&key_of(v)?);
    }
    Ok(r)
}

/// CPython's `set_symmetric_difference`: a set of the other's items, then each item of `a`
/// removed when present, else added.
fn symmetric_difference(a: &Dict, other: &Value) -> Result<Dict, Fallback> {
    let mut r = Dict::new();
    for v in items_of(other)? {
        add(&mut r, &v)?;
    }
    for v in a.keys() {
        let k = key_of(&v)?;
        if r.remove(&k).is_none() {
            r.insert(k, v, Value::None);
        }
    }
    Ok(r)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (`op` is the operator's spelling); with
/// `in_place` (`|=` ...) `a` is changed and returned. `None` when an operand is not a set.
pub fn binary(op: &str, a: &Value, b: &Value, in_place: bool) -> Option<PyResult> {
    let (Value::Set(x), Value::Set(_)) = (a, b) else {
        return None;
    };
    let result = (|| {
        let r = {
            let d = x.borrow();
            match op {
                "|" => union(&d, &items_of(b)?)?,
                "&" => intersection(&d, b)?,
                "-" => difference(&d, &items_of(b)?)?,
                _ => symmetric_difference(&d, b)?,
            }
        };
        if in_place {
            *x.borrow_mut() = r;
            return Ok(a.clone());
        }
        Ok(new_set(r))
    })();
    Some(result)
}

/// Set methods: `add discard remove clear copy update union intersection difference
/// symmetric_difference issubset issuperset isdisjoint`; `None` for other names. `remove` of a
/// missing item and a wrong argument count fall back.
pub fn method(s: &SetRef, name: &str, args: &[Value]) -> Option<PyResult> {
    let one = || -> Result<&Value, Fallback> {
        match args {
            [v] => Ok(v),
            _ => fail("TypeError: wrong number of arguments to a set method"),
        }
    };
    let result = (|| -> PyResult {
        match name {
            "add" => {
                let v = one()?;
                add(&mut s.borrow_mut(), v)?;
            }
            "discard" | "remove" => {
                let v = one()?;
                if let Value::Set(_) = v {
                    return if name == "remove" { fail("KeyError") } else { Ok(Value::None) };
                }
                let removed = s.borrow_mut().remove(&key_of(v)?);
                if removed.is_none() && name == "remove" {
                    return fail("KeyError");
                }
            }
            "clear" if args.is_empty() => s.borrow_mut().clear(),
            "copy" if args.is_empty() => return Ok(new_set(s.borrow().clone())),
            "update" => {
                for other in args {
                    let items = items_of(other)?;
                    let mut d = s.borrow_mut();
                    for v in &items {
                        add(&mut d, v)?;
                    }
                }
            }
            "union" | "intersection" | "difference" => {
                let mut r = s.borrow().clone();
                for other in args {
                    r = match name {
                        "union" => union(&r, &items_of(other)?)?,
                        "intersection" => intersection(&r, other)?,
                        _ => difference(&r, &items_of(other)?)?,
                    };
                }
                return Ok(new_set(r));
            }
            "symmetric_difference" => return Ok(new_set(symmetric_difference(&s.borrow(), one()?)?)),
            "issubset" => {
                let other = match set(std::slice::from_ref(one()?))? {
                    Value::Set(o) => o,
                    _ => return fail("set() did not make a set"),
                };
                return Ok(Value::Bool(is_subset(s, &other, false)?));
            }
            "issuperset" | "isdisjoint" => {
                let d = s.borrow();
                for v in items_of(one()?)? {
                    let inside = d.contains(&key_of(&v)?);
                    if inside != (name == "issuperset") {
                        return Ok(Value::Bool(false));
                    }
                }
                return Ok(Value::Bool(true));
            }
            _ => return crate::fallback::fail_owned(format!("method set.{name} not supported by the compiled runtime")),
        }
        Ok(Value::None)
    })();
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repr::repr;

    fn s(items: Vec<Value>) -> Value {
        set_display(items).unwrap()
    }

    fn sorted_repr(v: &Value) -> String {
        let Value::Set(d) = v else { panic!("not a set") };
        repr(&crate::builtins::sorted(&[Value::list(items_for_ordering(d).unwrap())]).unwrap()).unwrap()
    }

    #[test]
    fn operations_keep_cpythons_item_objects() {
        let one = s(vec![Value::Int(1)]);
        let one_f = s(vec![Value::Float(1.0)]);
        // {1} & {1.0} is {1.0}; {1} | {1.0} is {1}
        assert_eq!(repr(&binary("&", &one, &one_f, false).unwrap().unwrap()).unwrap(), "{1.0}");
        assert_eq!(repr(&binary("|", &one, &one_f, false).unwrap().unwrap()).unwrap(), "{1}");
        let a = s(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        let b = s(vec![Value::Int(3), Value::Int(4)]);
        assert_eq!(sorted_repr(&binary("^", &a, &b, false).unwrap().unwrap()), "[1, 2, 4]");
        assert_eq!(sorted_repr(&binary("-", &a, &b, false).unwrap().unwrap()), "[1, 2]");
        assert!(repr(&a).is_err()); // order of two or more items
        assert_eq!(repr(&s(vec![])).unwrap(), "set()");
        let Value::Set(ad) = &a else { unreachable!() };
        assert!(contains(ad, &Value::Float(2.0)).unwrap());
        assert!(method(ad, "add", &[Value::list(vec![])]).unwrap().is_err());
        method(ad, "discard", &[Value::Int(9)]).unwrap().unwrap();
        assert!(method(ad, "remove", &[Value::Int(9)]).unwrap().is_err());
        let Value::Set(bd) = &b else { unreachable!() };
        assert!(!is_subset(bd, ad, false).unwrap());
        assert!(binary("|", &a, &Value::list(vec![]), false).is_none());
    }
}
