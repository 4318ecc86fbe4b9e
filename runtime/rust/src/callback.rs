//! Builtins that call back a user function (`sorted`, `min`, `max` and `list.sort` with a
//! `key=` that is a user function). The trace records each call of the key function inlined in
//! the call's `'cb` label (docs/trace-format.md, Callbacks); generated code runs it once per item,
//! in CPython's order, between [`items`] and [`finish`]:
//!
//! ```text
//! match callback::items(recv, name, &args, &kws)? {
//!     None => callback::plain(recv, name, &args, &kws)?,      // no user key: as usual
//!     Some(items) => { keys = [<'cb label with callbackArg = item> for item in items];
//!                      callback::finish(recv, name, &args, &kws, items, keys)? }
//! }
//! ```

use crate::builtins::{self, candidates, Keyword};
use crate::compare::{greater_than, less_than, sort_by_keys};
use crate::fallback::{fail, PyResult};
use crate::methods;
use crate::sequence;
use crate::value::Value;

/// The `key=` keyword's value, if any.
fn key_of<'a>(kws: &'a [Keyword]) -> Option<&'a Value> {
    kws.iter().find(|(n, _)| *n == "key").map(|(_, v)| v)
}

/// The `reverse=` of a sort (an int or bool), and a check that only `key` and `reverse` appear.
fn sort_reverse(kws: &[Keyword]) -> Result<bool, crate::fallback::Fallback> {
    let mut reverse = false;
    for (name, value) in kws {
        match *name {
            "key" => {}
            "reverse" => match value.as_int() {
                Some(r) => reverse = r != 0,
                None => return fail("TypeError: reverse must be an integer"),
            },
            _ => return fail("TypeError: unexpected keyword argument of sort"),
        }
    }
    Ok(reverse)
}

/// The items the key function will be called with, in order, when `key=` is a user function;
/// `None` otherwise (the call then runs as [`plain`]). `list.sort` empties the list until
/// [`finish`], as CPython does while it sorts (key functions see `[]`).
pub fn items(recv: Option<&Value>, name: &str, args: &[Value], kws: &[Keyword]) -> Result<Option<Vec<Value>>, crate::fallback::Fallback> {
    if !matches!(key_of(kws), Some(Value::Function(_))) {
        return Ok(None);
    }
    match (recv, name) {
        (None, "sorted") => {
            if args.len() != 1 {
                return fail("TypeError: sorted expected 1 argument");
            }
            sort_reverse(kws)?;
            Ok(Some(sequence::items(&args[0])?))
        }
        (None, "min" | "max") => {
            for (n, _) in kws {
                if *n != "key" && *n != "default" {
                    return fail("TypeError: unexpected keyword argument of min()/max()");
                }
            }
            if kws.iter().any(|(n, _)| *n == "default") && args.len() != 1 {
                return fail("TypeError: cannot specify a default with several positional arguments");
            }
            Ok(Some(candidates(args)?))
        }
        (Some(Value::List(l)), "sort") => {
            if !args.is_empty() {
                return fail("TypeError: sort() takes no positional arguments");
            }
            sort_reverse(kws)?;
            Ok(Some(std::mem::take(&mut *l.borrow_mut())))
        }
        _ => fail("callback call of an unexpected builtin or receiver"),
    }
}

/// The call without a user key function, as the runtime runs it otherwise.
pub fn plain(recv: Option<&Value>, name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match recv {
        None => builtins::call_kw(name, args, kws),
        Some(r) => methods::call_kw(r, name, args, kws),
    }
}

/// The result once the key function gave `keys` (parallel to `items`): the sorted list, the
/// first smallest / largest item, or `None` for `list.sort` (which refills the list, falling
/// back when a key function added to it: CPython's "list modified during sort").
pub fn finish(recv: Option<&Value>, name: &str, _args: &[Value], kws: &[Keyword], mut items: Vec<Value>, mut keys: Vec<Value>) -> PyResult {
    match (recv, name) {
        (None, "sorted") => {
            sort_by_keys(&mut items, &mut keys, sort_reverse(kws)?)?;
            Ok(Value::list(items))
        }
        (None, "min" | "max") => {
            let mut best: Option<(Value, Value)> = None;
            for (item, key) in items.into_iter().zip(keys) {
                best = Some(match best {
                    None => (item, key),
                    Some((b, bk)) => {
                        let better = if name == "max" { greater_than(&key, &bk)? } else { less_than(&key, &bk)? };
                        if better { (item, key) } else { (b, bk) }
                    }
                });
            }
            match best {
                Some((item, _)) => Ok(item),
                None => match kws.iter().find(|(n, _)| *n == "default") {
                    Some((_, d)) => Ok(d.clone()),
                    None => fail("ValueError: min()/max() arg is an empty sequence"),
                },
            }
        }
        (Some(Value::List(l)), "sort") => {
            if !l.borrow().is_empty() {
                return fail("ValueError: list modified during sort");
            }
            sort_by_keys(&mut items, &mut keys, sort_reverse(kws)?)?;
            *l.borrow_mut() = items;
            Ok(Value::None)
        }
        _ => fail("callback call of an unexpected builtin or receiver"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    #[test]
    fn sort_takes_the_items_out_until_finish() {
        let xs = ints(&[3, 1, 2]);
        let f = Value::function("f@1:1");
        let kws = [("key", f), ("reverse", Value::Bool(true))];
        let items = items(Some(&xs), "sort", &[], &kws).unwrap().unwrap();
        assert_eq!(items.len(), 3);
        assert!(matches!(&xs, Value::List(l) if l.borrow().is_empty()));
        let keys = vec![Value::Int(0), Value::Int(0), Value::Int(1)];
        finish(Some(&xs), "sort", &[], &kws, items, keys).unwrap();
        // Stable and reversed: the item with key 1 first, then 3 and 1 in their order.
        assert_eq!(crate::repr::repr(&xs).unwrap(), "[2, 3, 1]");
    }

    #[test]
    fn builtin_keys_run_plainly() {
        let kws = [("key", Value::Builtin("abs"))];
        assert!(items(None, "sorted", &[ints(&[1])], &kws).unwrap().is_none());
        let got = plain(None, "max", &[ints(&[-5, 3])], &kws).unwrap();
        assert!(matches!(got, Value::Int(-5)));
    }

    #[test]
    fn min_keeps_the_first_smallest_key() {
        let kws = [("key", Value::function("f@1:1"))];
        let xs = ints(&[4, 5, 6]);
        let items = items(None, "min", &[xs], &kws).unwrap().unwrap();
        let got = finish(None, "min", &[], &kws, items, vec![Value::Int(1), Value::Int(0), Value::Int(0)]).unwrap();
        assert!(matches!(got, Value::Int(5)));
        assert!(finish(None, "max", &[], &kws, vec![], vec![]).is_err());
    }
}
