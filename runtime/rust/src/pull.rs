//! The builtins and methods that pull the items of an iterator one by one, as *sinks* fed an
//! item at a time (`callback.rs` steps the iterator and feeds them, so a `map` or `filter` of a
//! user function can hand out its calls between two items; docs/trace-format.md, map and
//! filter). Each sink does per item what CPython 3.11 does per item, so what the user function
//! sees (a list being extended, a set being updated, a dict being filled) and how many items are
//! pulled (`any`, `all`, `next`, `issuperset`, `isdisjoint` stop early) are CPython's:
//!
//! - *collecting*: `list tuple set sorted str.join` and the set methods `union difference
//!   symmetric_difference issubset symmetric_difference_update` take all items first (CPython
//!   makes a list or a set of them before it looks at them), then run as usual on that list;
//!   `union` and `difference` copy their receiver *before* pulling, as CPython does;
//! - *streaming*: `sum` adds, `min` / `max` compare (calling a user key on each item right after
//!   pulling it), `dict` and `dict.update` insert each pair, `list.extend` appends, `set.update`
//!   adds, `set.difference_update` discards, `set.intersection` and `intersection_update` test
//!   membership in the live receiver, `issuperset` / `isdisjoint` test and stop, `any` / `all`
//!   stop at the deciding item, `next` takes one item.
//!
//! Anything else (more than one iterable argument, unexpected keywords) is not a sink: the call
//! then runs as usual, and a map of a user function falls back when pulled there.

use std::cell::RefCell;
use std::rc::Rc;

use crate::arith::op_add;
use crate::builtins::{self, Keyword};
use crate::compare::{greater_than, less_than};
use crate::dict::{key_of, set_item, Dict};
use crate::fallback::{fail, Fallback};
use crate::methods;
use crate::sequence::{self, MAX_ITEMS};
use crate::value::Value;

/// The key of `min` / `max`.
#[derive(Debug)]
pub(crate) enum KeyFn {
    None,
    /// A builtin or bound method (`key=len`, `key=d.get`).
    Builtin(Value),
    /// A user function: the generated code runs the `'cb` label on each item.
    User,
}

/// What a pulling builtin does with each item.
#[derive(Debug)]
pub(crate) enum Sink {
    /// Collect the items, then run the call as usual with a list of them as its argument (and
    /// `recv`, a copy of the receiver taken before pulling for `union` and `difference`).
    Collect { items: Vec<Value>, recv: Option<Value> },
    /// `sum`: the running total.
    Sum(Value),
    /// `min` / `max` of one iterable: the first smallest / largest item and its key so far, and
    /// the item whose user key is being computed.
    Extreme { max: bool, key: KeyFn, default: Option<Value>, best: Option<(Value, Value)>, keyed: Option<Value> },
    /// `any` (true) / `all` (false).
    AnyAll(bool),
    /// `next(it[, default])`.
    Next(Option<Value>),
    /// `list.extend`.
    Extend(Rc<RefCell<crate::value::ListItems>>),
    /// `dict(it, **kw)` (a new dict, the result) and `dict.update(it, **kw)`: each item a pair.
    Pairs { dict: Rc<RefCell<Dict>>, kws: Vec<(Value, Value)>, result_is_dict: bool },
    /// `set.update` (`true`) / `set.difference_update` (`false`).
    SetAddDiscard(Rc<RefCell<Dict>>, bool),
    /// `set.issuperset` (`true`: every item inside) / `set.isdisjoint` (`false`: none inside).
    SetTest(Rc<RefCell<Dict>>, bool),
    /// `set.intersection` / `set.intersection_update` (`update`): the items found in the live
    /// receiver, in a new set.
    Intersect { set: Rc<RefCell<Dict>>, found: Dict, update: bool },
}

/// Whether the call pulls its argument 0 item by item as a sink (see the module comment); the
/// receiver and arguments are those of the call. `None`: not a sink.
pub(crate) fn sink(recv: Option<&Value>, name: &str, args: &[Value], kws: &[Keyword]) -> Result<Option<Sink>, Fallback> {
    let collect = |recv: Option<Value>| Ok(Some(Sink::Collect { items: Vec::new(), recv }));
    let no_kws = kws.is_empty();
    match (recv, name, args.len()) {
        (None, "list" | "tuple" | "set", 1) if no_kws => collect(None),
        (None, "sorted", 1) => collect(None),
        (None, "sum", 1 | 2) => {
            let mut start = args.get(1).cloned();
            for (n, v) in kws {
                match (*n, &start) {
                    ("start", None) => start = Some(v.clone()),
                    _ => return Ok(None),
                }
            }
            let start = start.unwrap_or(Value::Int(0));
            if let Value::Str(_) = start {
                return fail("TypeError: sum() can't sum strings");
            }
            Ok(Some(Sink::Sum(start)))
        }
        (None, "min" | "max", 1) => {
            let (mut key, mut default) = (KeyFn::None, None);
            for (n, v) in kws {
                match (*n, v) {
                    ("key", Value::None) => key = KeyFn::None,
                    ("key", Value::Builtin(_) | Value::BoundMethod(_)) => key = KeyFn::Builtin(v.clone()),
                    ("key", Value::Function(_)) => key = KeyFn::User,
                    ("key", _) => return fail("TypeError: key is not callable"),
                    ("default", v) => default = Some(v.clone()),
                    _ => return Ok(None),
                }
            }
            Ok(Some(Sink::Extreme { max: name == "max", key, default, best: None, keyed: None }))
        }
        (None, "any" | "all", 1) if no_kws => Ok(Some(Sink::AnyAll(name == "any"))),
        (None, "next", 1 | 2) if no_kws => Ok(Some(Sink::Next(args.get(1).cloned()))),
        (None, "dict", 1) => Ok(Some(Sink::Pairs {
            dict: Rc::new(RefCell::new(Dict::new())),
            kws: kws.iter().map(|(k, v)| (Value::str(k), v.clone())).collect(),
            result_is_dict: true,
        })),
        (Some(Value::Str(_)), "join", 1) if no_kws => collect(None),
        (Some(Value::List(l)), "extend", 1) if no_kws => Ok(Some(Sink::Extend(l.clone()))),
        (Some(Value::Dict(d)), "update", 1) => Ok(Some(Sink::Pairs {
            dict: d.clone(),
            kws: kws.iter().map(|(k, v)| (Value::str(k), v.clone())).collect(),
            result_is_dict: false,
        })),
        (Some(r @ Value::Set(s)), _, 1) if no_kws => Ok(Some(match name {
            "union" | "difference" => Sink::Collect { items: Vec::new(), recv: Some(methods::copy(r, &[])?) },
            "symmetric_difference" | "issubset" | "symmetric_difference_update" => {
                Sink::Collect { items: Vec::new(), recv: None }
            }
            "update" => Sink::SetAddDiscard(s.clone(), true),
            "difference_update" => Sink::SetAddDiscard(s.clone(), false),
            "issuperset" => Sink::SetTest(s.clone(), true),
            "isdisjoint" => Sink::SetTest(s.clone(), false),
            "intersection" | "intersection_update" => {
                Sink::Intersect { set: s.clone(), found: Dict::new(), update: name == "intersection_update" }
            }
            _ => return Ok(None),
        })),
        _ => Ok(None),
    }
}

/// What feeding an item did.
#[derive(Debug)]
pub(crate) enum Fed {
    /// Pull the next item.
    More,
    /// The call's result: pull no more.
    Stop(Value),
    /// Compute the user key of this item (`min` / `max`), then [`Sink::key`].
    Key(Value),
}

impl Sink {
    /// Take one pulled item.
    pub(crate) fn feed(&mut self, item: Value) -> Result<Fed, Fallback> {
        match self {
            Sink::Collect { items, .. } => {
                if items.len() as u64 >= MAX_ITEMS {
                    return fail("iterator too long to materialise");
                }
                items.push(item);
            }
            Sink::Sum(total) => *total = op_add(total, &item)?,
            Sink::Extreme { key, keyed, .. } => {
                let k = match key {
                    KeyFn::None => item.clone(),
                    KeyFn::Builtin(b) => builtins::call_key(b, &item)?,
                    KeyFn::User => {
                        *keyed = Some(item.clone());
                        return Ok(Fed::Key(item));
                    }
                };
                self.compare(item, k)?;
            }
            Sink::AnyAll(want) => {
                if crate::truth::truthy(&item)? == *want {
                    return Ok(Fed::Stop(Value::Bool(*want)));
                }
            }
            Sink::Next(_) => return Ok(Fed::Stop(item)),
            Sink::Extend(l) => {
                let mut l = l.borrow_mut();
                if l.len() as u64 >= MAX_ITEMS {
                    return fail("list too large");
                }
                l.push(item);
            }
            Sink::Pairs { dict, .. } => {
                if !matches!(item, Value::List(_) | Value::Tuple(_)) {
                    return fail("dict update sequence element is not a list or tuple");
                }
                let [k, v] = sequence::unpack_n::<2>(&item)?;
                set_item(&mut dict.borrow_mut(), &k, v)?;
            }
            Sink::SetAddDiscard(s, add) => {
                if *add {
                    crate::set::add(&mut s.borrow_mut(), &item)?;
                } else {
                    let key = key_of(&item)?;
                    s.borrow_mut().remove(&key);
                }
            }
            Sink::SetTest(s, superset) => {
                let inside = s.borrow().contains(&key_of(&item)?);
                if inside != *superset {
                    return Ok(Fed::Stop(Value::Bool(false)));
                }
            }
            Sink::Intersect { set, found, .. } => {
                if set.borrow().contains(&key_of(&item)?) {
                    crate::set::add(found, &item)?;
                }
            }
        }
        Ok(Fed::More)
    }

    /// The user key of the item [`Fed::Key`] asked for.
    pub(crate) fn key(&mut self, k: Value) -> Result<(), Fallback> {
        let item = match self {
            Sink::Extreme { keyed, .. } => keyed.take(),
            _ => None,
        };
        match item {
            Some(item) => self.compare(item, k),
            None => fail("a key given where none was asked for"),
        }
    }

    fn compare(&mut self, item: Value, k: Value) -> Result<(), Fallback> {
        let Sink::Extreme { max, best, .. } = self else {
            return fail("not min()/max()");
        };
        let better = match best {
            None => true,
            Some((_, bk)) => {
                if *max {
                    greater_than(&k, bk)?
                } else {
                    less_than(&k, bk)?
                }
            }
        };
        if better {
            *best = Some((item, k));
        }
        Ok(())
    }

    /// The iterator is exhausted: the call's result, or for a collecting sink the call to run
    /// as usual (the receiver to use, if not the call's, and the arguments with argument 0
    /// replaced by a list of the items).
    pub(crate) fn finish(self, args: &[Value]) -> Result<Finished, Fallback> {
        Ok(Finished::Value(match self {
            Sink::Collect { items, recv } => {
                let mut args = args.to_vec();
                args[0] = Value::list(items);
                return Ok(Finished::Call(recv, args));
            }
            Sink::Sum(total) => total,
            Sink::Extreme { best, default, .. } => match (best, default) {
                (Some((item, _)), _) => item,
                (None, Some(d)) => d,
                (None, None) => return fail("ValueError: min()/max() arg is an empty sequence"),
            },
            Sink::AnyAll(want) => Value::Bool(!want),
            Sink::Next(default) => match default {
                Some(d) => d,
                None => return fail("StopIteration"),
            },
            Sink::Extend(_) | Sink::SetAddDiscard(..) => Value::None,
            Sink::Pairs { dict, kws, result_is_dict } => {
                dict.borrow_mut().insert_all(kws)?;
                if result_is_dict { Value::Dict(dict) } else { Value::None }
            }
            Sink::SetTest(..) => Value::Bool(true),
            Sink::Intersect { set, found, update } => {
                if update {
                    // CPython swaps the bodies: the set holds the found item objects after.
                    let mut s = set.borrow_mut();
                    s.clear();
                    for item in found.keys() {
                        crate::set::add(&mut s, &item)?;
                    }
                    Value::None
                } else {
                    Value::Set(Rc::new(RefCell::new(found)))
                }
            }
        }))
    }
}

/// The end of a sink.
#[derive(Debug)]
pub(crate) enum Finished {
    /// The call's result.
    Value(Value),
    /// Run the call as usual, on this receiver (if not the call's own) and these arguments.
    Call(Option<Value>, Vec<Value>),
}
