//! Method calls on built-in types (`methodCall` nodes): `recv.NAME(args...)`.
//!
//! Each function here is one method name and dispatches on the receiver's run-time type, as
//! Python does (`xs.count(x)` is `list.count` or `str.count` or `tuple.count`). A receiver type
//! without that method, a wrong argument count or type, and anything CPython would raise for fall
//! back. The `str` methods live in `strings`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::{bind, sort_keywords, sort_with_key, Keyword};
use crate::compare::{item_eq, sort_values};
use crate::dict::{self, key_of, Dict};
use crate::fallback::{fail, fail_owned, Fallback, PyResult};
use crate::sequence::{self, MAX_ITEMS};
use crate::strings;
use crate::value::{Value, ViewKind};

pub use crate::match_object::{end, group, groupdict, groups, span, start};
pub use crate::pattern_object::{findall, finditer, fullmatch, r#match, search, sub, subn};

/// `s.split(...)` for a str (see `strings::split`) and `p.split(string, maxsplit=0)` for a
/// compiled pattern (see `pattern_object::split`).
pub fn split(recv: &Value, args: &[Value]) -> PyResult {
    match recv {
        Value::Str(_) => strings::split(recv, args),
        Value::Pattern(_) => crate::pattern_object::split(recv, args),
        _ => no_method(),
    }
}

#[inline]
fn arity(args: &[Value], min: usize, max: usize) -> Result<(), Fallback> {
    if args.len() < min || args.len() > max {
        return fail("TypeError: wrong number of arguments to a method");
    }
    Ok(())
}

fn no_method() -> PyResult {
    fail("AttributeError: the receiver has no such method")
}

/// An `int` argument (`bool` included).
fn int_arg(v: &Value) -> Result<i64, Fallback> {
    v.as_int().ok_or(crate::fallback::fallback("TypeError: an integer is required"))
}

/// A method call the runtime does not implement, whose receiver was not evaluated (`what` says
/// which call, e.g. "'*' in a call"): the call falls back.
#[cold]
pub fn unsupported(what: &'static str) -> PyResult {
    fail_owned(format!("method call not supported by the compiled runtime: {what}"))
}

/// A method named `name` the runtime does not implement, called on `recv`: the call falls back
/// with a reason naming the receiver's type and the method (`method str.splitlines ...`).
#[cold]
pub fn unsupported_on(recv: &Value, name: &str) -> PyResult {
    fail_owned(format!("method {}.{name} not supported by the compiled runtime", recv.type_name()))
}

// ---------------------------------------------------------------------------------------------
// Methods of one type only.
// ---------------------------------------------------------------------------------------------

/// The list of a `list` receiver.
fn list_of(recv: &Value) -> Result<&Rc<RefCell<crate::value::ListItems>>, Fallback> {
    match recv {
        Value::List(l) => Ok(l),
        _ => fail("AttributeError: the receiver has no such method"),
    }
}

/// The dict of a `dict` receiver.
#[inline]
fn dict_of(recv: &Value) -> Result<&Rc<RefCell<Dict>>, Fallback> {
    match recv {
        Value::Dict(d) => Ok(d),
        _ => fail("AttributeError: the receiver has no such method"),
    }
}

/// `xs.append(x)`.
#[inline]
pub fn append(recv: &Value, args: &[Value]) -> PyResult {
    let l = list_of(recv)?;
    arity(args, 1, 1)?;
    let mut l = l.borrow_mut();
    if l.len() as u64 >= MAX_ITEMS {
        return fail("list too large");
    }
    l.push(args[0].clone());
    Ok(Value::None)
}

/// `xs.extend(iterable)` (the items are read first: `xs.extend(xs)` doubles the list).
pub fn extend(recv: &Value, args: &[Value]) -> PyResult {
    let l = list_of(recv)?;
    arity(args, 1, 1)?;
    let extra = sequence::items(&args[0])?;
    let mut l = l.borrow_mut();
    if l.len() as u64 + extra.len() as u64 > MAX_ITEMS {
        return fail("list too large");
    }
    l.extend(extra);
    Ok(Value::None)
}

/// `xs.insert(i, x)`: `i` is clamped to the list, negative counting from the end.
pub fn insert(recv: &Value, args: &[Value]) -> PyResult {
    let l = list_of(recv)?;
    arity(args, 2, 2)?;
    let i = int_arg(&args[0])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    if n as u64 >= MAX_ITEMS {
        return fail("list too large");
    }
    let at = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    l.insert(at as usize, args[1].clone());
    Ok(Value::None)
}

/// `xs.remove(x)`: drop the first item equal to `x` (`is` or `==`); none falls back.
pub fn remove(recv: &Value, args: &[Value]) -> PyResult {
    if let Value::Set(s) = recv {
        return set_method(s, "remove", args);
    }
    let l = list_of(recv)?;
    arity(args, 1, 1)?;
    let found = position(&l.borrow(), &args[0], 0, i64::MAX)?;
    match found {
        Some(i) => {
            let mut l = l.borrow_mut();
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => fail("ValueError: list.remove(x): x not in list"),
    }
}

/// `xs.reverse()`.
pub fn reverse(recv: &Value, args: &[Value]) -> PyResult {
    let l = list_of(recv)?;
    arity(args, 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

/// `xs.sort()` (no `key`, no `reverse`): only items with a total order (numbers without NaN, or
/// all `str`, or tuples/lists of such); anything else falls back.
pub fn sort(recv: &Value, args: &[Value]) -> PyResult {
    let l = list_of(recv)?;
    arity(args, 0, 0)?;
    sort_emptied(l, |items| sort_values(items))
}

/// Run `sort` on the items of `l` with `l` empty meanwhile, as CPython's `list.sort` does (a list
/// that holds itself compares, and is measured by a `key` builtin, as `[]`); the items go back
/// afterwards, in their old order when `sort` falls back (the call is re-run from scratch anyway).
fn sort_emptied(l: &Rc<RefCell<crate::value::ListItems>>, sort: impl FnOnce(&mut Vec<Value>) -> Result<(), Fallback>) -> PyResult {
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let original = items.clone();
    let result = sort(&mut items);
    *l.borrow_mut() = if result.is_ok() { items } else { original };
    result.map(|()| Value::None)
}

/// A method called with keyword arguments, with the keywords CPython 3.11 accepts for it:
/// `xs.sort(key=None, reverse=...)`, `s.split(sep=..., maxsplit=...)` (and `rsplit`),
/// `d.update(other, **kw)`. Other methods and keywords fall back.
pub fn call_kw(recv: &Value, name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match (recv, name) {
        (Value::List(l), "sort") => {
            arity(args, 0, 0)?;
            let (key, reverse) = sort_keywords(kws)?;
            crate::builtins::check_key_leaves(key.as_ref(), recv)?;
            sort_emptied(l, |items| sort_with_key(items, key.as_ref(), reverse))
        }
        (Value::Str(_), "split" | "rsplit") => {
            let b = bind(args, kws, &["sep", "maxsplit"], 0)?;
            let positional: Vec<Value> = match b[..] {
                [sep, None] => vec![sep.cloned().unwrap_or(Value::None)],
                [sep, Some(max)] => vec![sep.cloned().unwrap_or(Value::None), max.clone()],
                _ => return fail("TypeError: bad split() arguments"),
            };
            if name == "split" {
                strings::split(recv, &positional)
            } else {
                strings::rsplit(recv, &positional)
            }
        }
        (Value::Str(_), "splitlines") => {
            let b = bind(args, kws, &["keepends"], 0)?;
            let positional: Vec<Value> = b[0].cloned().into_iter().collect();
            strings::splitlines(recv, &positional)
        }
        (Value::Str(_), "expandtabs") => {
            let b = bind(args, kws, &["tabsize"], 0)?;
            let positional: Vec<Value> = b[0].cloned().into_iter().collect();
            strings::expandtabs(recv, &positional)
        }
        (Value::Str(fmt), "format") => Ok(Value::string(crate::str_format::str_format(fmt, args, kws)?)),
        (Value::Dict(d), "update") => {
            arity(args, 0, 1)?;
            let mut pairs = match args.first() {
                Some(other) => dict::pairs_of(other)?,
                None => Vec::new(),
            };
            pairs.extend(kws.iter().map(|(k, v)| (Value::str(k), v.clone())));
            d.borrow_mut().insert_all(pairs)?;
            Ok(Value::None)
        }
        _ => fail_owned(format!(
            "keyword arguments to method {}.{name} not supported by the compiled runtime",
            recv.type_name()
        )),
    }
}

/// The method `name` of `recv` called with the arguments and keywords a call with `*` / `**`
/// items flattened to (`spread::Spread`): exactly what the generated code calls for a call
/// written with them as plain arguments (`call_kw` with keywords, `methods::NAME` without), so
/// both run the same code. Methods the runtime does not implement fall back.
pub fn call_flat(recv: &Value, name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    if !kws.is_empty() {
        return call_kw(recv, name, args, kws);
    }
    let f: fn(&Value, &[Value]) -> PyResult = match name {
        "append" => append,
        "extend" => extend,
        "insert" => insert,
        "remove" => remove,
        "reverse" => reverse,
        "sort" => sort,
        "pop" => pop,
        "count" => count,
        "index" => index,
        "copy" => copy,
        "clear" => clear,
        "get" => get,
        "keys" => keys,
        "values" => values,
        "items" => items,
        "setdefault" => setdefault,
        "update" => update,
        "popitem" => popitem,
        "add" => add,
        "discard" => discard,
        "union" => union,
        "intersection" => intersection,
        "difference" => difference,
        "symmetric_difference" => symmetric_difference,
        "issubset" => issubset,
        "issuperset" => issuperset,
        "isdisjoint" => isdisjoint,
        "split" => split,
        "rsplit" => rsplit,
        "join" => join,
        "strip" => strip,
        "lstrip" => lstrip,
        "rstrip" => rstrip,
        "lower" => lower,
        "upper" => upper,
        "replace" => replace,
        "startswith" => startswith,
        "endswith" => endswith,
        "find" => find,
        "rfind" => rfind,
        "rindex" => rindex,
        "isdigit" => isdigit,
        "isalpha" => isalpha,
        "isalnum" => isalnum,
        "isspace" => isspace,
        "isascii" => isascii,
        "isupper" => isupper,
        "islower" => islower,
        "isdecimal" => isdecimal,
        "isnumeric" => isnumeric,
        "ljust" => ljust,
        "rjust" => rjust,
        "center" => center,
        "zfill" => zfill,
        "format" => format,
        "capitalize" => capitalize,
        "title" => title,
        "swapcase" => swapcase,
        "partition" => partition,
        "rpartition" => rpartition,
        "removeprefix" => removeprefix,
        "removesuffix" => removesuffix,
        "splitlines" => splitlines,
        "casefold" => casefold,
        "expandtabs" => expandtabs,
        "istitle" => istitle,
        "isidentifier" => isidentifier,
        "fromkeys" => fromkeys,
        "bit_length" => bit_length,
        "is_integer" => is_integer,
        "group" => group,
        "groups" => groups,
        "groupdict" => groupdict,
        "start" => start,
        "end" => end,
        "span" => span,
        "search" => search,
        "match" => r#match,
        "fullmatch" => fullmatch,
        "findall" => findall,
        "finditer" => finditer,
        "sub" => sub,
        "subn" => subn,
        _ => return unsupported_on(recv, name),
    };
    f(recv, args)
}

/// Whether `recv`'s type has a method `name` in CPython 3.11, for the methods the runtime
/// implements (a method it lacks answers false, and the caller falls back).
pub fn has_method(recv: &Value, name: &str) -> bool {
    match recv {
        // The classmethod dict.fromkeys, called on the type itself.
        Value::Builtin(&"dict") => name == "fromkeys",
        _ => type_has_method(recv.type_name(), name),
    }
}

/// Whether the builtin type named `type_name` ("str", "list", "bool", ...) has a method `name`
/// the runtime implements (see `has_method`).
pub fn type_has_method(type_name: &str, name: &str) -> bool {
    let names: &[&str] = match type_name {
        "str" => &[
            "lower", "upper", "capitalize", "title", "swapcase", "strip", "lstrip", "rstrip", "split",
            "rsplit", "splitlines", "join", "replace", "find", "rfind", "index", "rindex", "count",
            "startswith", "endswith", "partition", "rpartition", "removeprefix", "removesuffix",
            "zfill", "center", "ljust", "rjust", "format", "isdigit", "isdecimal", "isnumeric",
            "isalpha", "isalnum", "isspace", "islower", "isupper", "isascii", "casefold", "expandtabs",
            "istitle", "isidentifier",
        ],
        "list" => &["append", "extend", "insert", "pop", "remove", "index", "count", "copy", "clear", "reverse", "sort"],
        "tuple" => &["index", "count"],
        "dict" => &["get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "copy", "clear", "fromkeys"],
        "int" | "bool" => &["bit_length"],
        "float" => &["is_integer"],
        "set" => &[
            "add", "discard", "remove", "pop", "clear", "copy", "update", "union", "intersection",
            "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
        ],
        "re.Match" => &["group", "groups", "groupdict", "start", "end", "span"],
        "re.Pattern" => &["search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"],
        _ => &[],
    };
    names.contains(&name)
}

/// `fmt.format(*args)` (see `str_format`; keywords go through `call_kw`).
pub fn format(recv: &Value, args: &[Value]) -> PyResult {
    match recv {
        Value::Str(fmt) => Ok(Value::string(crate::str_format::str_format(fmt, args, &[])?)),
        _ => no_method(),
    }
}

/// `dict.fromkeys(iterable[, value])`, on the type object `dict` or on a dict: a new dict whose
/// keys are the items of `iterable` in the order they are pulled, each mapped to the one `value`
/// (shared, not copied; `None` by default). Items are added as they are pulled, as CPython's
/// `dict_fromkeys` adds them. An unhashable item, a non-iterable and a set of two or more items
/// (whose order would show) fall back, as does an iterator that would call a user function.
pub fn fromkeys(recv: &Value, args: &[Value]) -> PyResult {
    match recv {
        Value::Builtin(&"dict") | Value::Dict(_) => {}
        _ => return no_method(),
    }
    arity(args, 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let mut out = Dict::new();
    for key in sequence::items(&args[0])? {
        out.insert(key_of(&key)?, key, value.clone());
    }
    Ok(Value::from_dict(out))
}

/// `d.get(key[, default])`.
#[inline]
pub fn get(recv: &Value, args: &[Value]) -> PyResult {
    let d = dict_of(recv)?;
    arity(args, 1, 2)?;
    let key = key_of(&args[0])?;
    match d.borrow().get(&key) {
        Some(v) => Ok(v.clone()),
        None => Ok(args.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn view(recv: &Value, args: &[Value], kind: ViewKind) -> PyResult {
    let d = dict_of(recv)?;
    arity(args, 0, 0)?;
    Ok(Value::DictView(d.clone(), kind))
}

/// `d.keys()`: a live `dict_keys` view.
pub fn keys(recv: &Value, args: &[Value]) -> PyResult {
    view(recv, args, ViewKind::Keys)
}

/// `d.values()`: a live `dict_values` view.
pub fn values(recv: &Value, args: &[Value]) -> PyResult {
    view(recv, args, ViewKind::Values)
}

/// `d.items()`: a live `dict_items` view.
pub fn items(recv: &Value, args: &[Value]) -> PyResult {
    view(recv, args, ViewKind::Items)
}

/// `d.setdefault(key[, default])`: the value under `key`, inserting `default` (`None`) first when
/// it is missing.
pub fn setdefault(recv: &Value, args: &[Value]) -> PyResult {
    let d = dict_of(recv)?;
    arity(args, 1, 2)?;
    let key = key_of(&args[0])?;
    let mut d = d.borrow_mut();
    if let Some(v) = d.get(&key) {
        return Ok(v.clone());
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    d.insert(key, args[0].clone(), default.clone());
    Ok(default)
}

/// `d.setdefault(key, [])`: exactly `setdefault(recv, &[key, Value::list(vec![])])`, except that
/// the new empty list is made only when `key` is missing (a list made and dropped unused cannot be
/// seen).
pub fn setdefault_new_list(recv: &Value, key: Value) -> PyResult {
    if let Value::Dict(d) = recv {
        if let Ok(k) = key_of(&key) {
            if let Some(v) = d.borrow().get(&k) {
                return Ok(v.clone());
            }
        }
    }
    setdefault(recv, &[key, Value::list(vec![])])
}

/// `d.update(other)`: `other` a dict or an iterable of key/value pairs (2-item lists or tuples).
pub fn update(recv: &Value, args: &[Value]) -> PyResult {
    if let Value::Set(s) = recv {
        return set_method(s, "update", args);
    }
    let d = dict_of(recv)?;
    arity(args, 1, 1)?;
    let pairs = dict::pairs_of(&args[0])?;
    d.borrow_mut().insert_all(pairs)?;
    Ok(Value::None)
}

/// `d.popitem()`: remove and return the last `(key, value)`; empty falls back (`KeyError`).
pub fn popitem(recv: &Value, args: &[Value]) -> PyResult {
    let d = dict_of(recv)?;
    arity(args, 0, 0)?;
    let mut d = d.borrow_mut();
    let Some((k, _)) = d.iter().last() else {
        return fail("KeyError: popitem(): dictionary is empty");
    };
    let key = key_of(k)?;
    match d.remove(&key) {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => fail("KeyError: popitem(): dictionary is empty"),
    }
}

// ---------------------------------------------------------------------------------------------
// Methods of several types.
// ---------------------------------------------------------------------------------------------

/// The index of the first item of `items[start..stop]` equal to `x` (`is` or `==`), with
/// `list.index`'s handling of negative bounds.
fn position(items: &[Value], x: &Value, start: i64, stop: i64) -> Result<Option<usize>, Fallback> {
    let n = items.len() as i128;
    let fix = |b: i64| {
        let b = b as i128;
        if b < 0 { (b + n).max(0) } else { b }
    };
    let (start, stop) = (fix(start), fix(stop).min(n));
    let mut i = start;
    while i < stop {
        if item_eq(&items[i as usize], x)? {
            return Ok(Some(i as usize));
        }
        i += 1;
    }
    Ok(None)
}

/// `xs.pop()` / `xs.pop(i)` for lists; `d.pop(key[, default])` for dicts.
pub fn pop(recv: &Value, args: &[Value]) -> PyResult {
    match recv {
        Value::Set(s) => {
            arity(args, 0, 0)?;
            // Which item pop() takes depends on hashes unless there is only one.
            let Some(item) = crate::set::ordered_items(s)?.pop() else {
                return fail("KeyError: pop from an empty set");
            };
            set_method(s, "discard", std::slice::from_ref(&item))?;
            Ok(item)
        }
        Value::List(l) => {
            arity(args, 0, 1)?;
            let mut l = l.borrow_mut();
            let n = l.len() as i64;
            let i = match args.first() {
                None => -1,
                Some(v) => int_arg(v)?,
            };
            let i = if i < 0 { i.saturating_add(n) } else { i };
            if i < 0 || i >= n {
                return fail("IndexError: pop index out of range");
            }
            Ok(l.remove(i as usize))
        }
        Value::Dict(d) => {
            arity(args, 1, 2)?;
            // CPython does not hash the key of a pop from an empty dict.
            if d.borrow().is_empty() {
                return match args.get(1) {
                    Some(default) => Ok(default.clone()),
                    None => fail("KeyError"),
                };
            }
            let key = key_of(&args[0])?;
            let removed = d.borrow_mut().remove(&key);
            match (removed, args.get(1)) {
                (Some((_, v)), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => fail("KeyError"),
            }
        }
        _ => no_method(),
    }
}

/// `xs.count(x)` for lists and tuples (items equal by `is` or `==`); `s.count(sub[, start[,
/// end]])` for strings.
pub fn count(recv: &Value, args: &[Value]) -> PyResult {
    let count_in = |items: &[Value]| -> PyResult {
        arity(args, 1, 1)?;
        let mut n = 0;
        for item in items {
            if item_eq(item, &args[0])? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    };
    match recv {
        Value::List(l) => count_in(&l.borrow()),
        Value::Tuple(t) => count_in(t),
        Value::Str(_) => strings::count(recv, args),
        _ => no_method(),
    }
}

/// `xs.index(x[, start[, stop]])` for lists and tuples; `s.index(sub[, start[, end]])` for
/// strings. Not found falls back (`ValueError`).
pub fn index(recv: &Value, args: &[Value]) -> PyResult {
    let index_in = |items: &[Value]| -> PyResult {
        arity(args, 1, 3)?;
        let start = args.get(1).map(int_arg).transpose()?.unwrap_or(0);
        let stop = args.get(2).map(int_arg).transpose()?.unwrap_or(i64::MAX);
        match position(items, &args[0], start, stop)? {
            Some(i) => Ok(Value::Int(i as i64)),
            None => fail("ValueError: x not in list"),
        }
    };
    match recv {
        Value::List(l) => index_in(&l.borrow()),
        Value::Tuple(t) => index_in(t),
        Value::Str(_) => strings::index(recv, args),
        _ => no_method(),
    }
}

/// A set method (see `set::method`); a name sets do not have falls back.
fn set_method(s: &crate::set::SetRef, name: &str, args: &[Value]) -> PyResult {
    crate::set::method(s, name, args).unwrap_or_else(|| no_method())
}

macro_rules! set_methods {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("`s.", stringify!($name), "(...)` for sets (see `set::method`).")]
            pub fn $name(recv: &Value, args: &[Value]) -> PyResult {
                match recv {
                    Value::Set(s) => set_method(s, stringify!($name), args),
                    _ => no_method(),
                }
            }
        )*
    };
}

set_methods!(add, discard, union, intersection, difference, symmetric_difference, issubset,
             issuperset, isdisjoint);

/// `xs.copy()` (a shallow copy of a list) and `d.copy()` (of a dict).
pub fn copy(recv: &Value, args: &[Value]) -> PyResult {
    if let Value::Set(s) = recv {
        return set_method(s, "copy", args);
    }
    arity(args, 0, 0)?;
    match recv {
        Value::List(l) => Ok(Value::list(l.borrow().to_vec())),
        Value::Dict(d) => Ok(Value::from_dict(d.borrow().clone())),
        _ => no_method(),
    }
}

/// `xs.clear()` and `d.clear()`.
pub fn clear(recv: &Value, args: &[Value]) -> PyResult {
    if let Value::Set(s) = recv {
        return set_method(s, "clear", args);
    }
    arity(args, 0, 0)?;
    match recv {
        Value::List(l) => l.borrow_mut().clear(),
        Value::Dict(d) => d.borrow_mut().clear(),
        _ => return no_method(),
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// `str` methods (the receiver must be a `str`).
// ---------------------------------------------------------------------------------------------

macro_rules! str_methods {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("`s.", stringify!($name), "(...)` (see `strings::", stringify!($name), "`).")]
            pub fn $name(recv: &Value, args: &[Value]) -> PyResult {
                match recv {
                    Value::Str(_) => strings::$name(recv, args),
                    _ => no_method(),
                }
            }
        )*
    };
}

str_methods!(
    rsplit, join, strip, lstrip, rstrip, lower, upper, replace, startswith, endswith, find,
    rfind, rindex, isdigit, isalpha, isalnum, isspace, isascii, isupper, islower, isdecimal, isnumeric,
    ljust, rjust, center, zfill, capitalize, title, swapcase, partition, rpartition, removeprefix,
    removesuffix, splitlines, casefold, expandtabs, istitle, isidentifier,
);

/// `i.bit_length()` for an `int` or `bool`: the number of bits of `abs(i)`.
pub fn bit_length(recv: &Value, args: &[Value]) -> PyResult {
    arity(args, 0, 0)?;
    match recv {
        Value::Int(_) | Value::Bool(_) => {
            let i = recv.as_int().unwrap_or(0);
            Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64))
        }
        _ => no_method(),
    }
}

/// `x.is_integer()` for a `float`: finite with no fractional part.
pub fn is_integer(recv: &Value, args: &[Value]) -> PyResult {
    arity(args, 0, 0)?;
    match recv {
        Value::Float(x) => Ok(Value::Bool(x.is_finite() && x.fract() == 0.0)),
        _ => no_method(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repr::repr;

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    #[test]
    fn unsupported_reasons_name_the_method_and_receiver_type() {
        let reason = |r: PyResult| r.unwrap_err().reason().to_string();
        assert_eq!(
            reason(unsupported_on(&Value::str("a\nb"), "splitlines")),
            "method str.splitlines not supported by the compiled runtime"
        );
        assert_eq!(
            reason(unsupported_on(&ints(&[1]), "frobnicate")),
            "method list.frobnicate not supported by the compiled runtime"
        );
        assert_eq!(
            reason(unsupported("'*' in a call")),
            "method call not supported by the compiled runtime: '*' in a call"
        );
        assert_eq!(
            reason(call_kw(&ints(&[1]), "index", &[Value::Int(1)], &[("start", Value::Int(0))])),
            "keyword arguments to method list.index not supported by the compiled runtime"
        );
    }

    #[test]
    fn has_method_answers_by_the_receiver_type() {
        assert!(has_method(&ints(&[]), "append"));
        assert!(!has_method(&Value::Int(5), "append"));
        assert!(!has_method(&Value::str("s"), "append"));
        assert!(has_method(&Value::str("s"), "split"));
        assert!(has_method(&Value::Bool(true), "bit_length"));
        assert!(!has_method(&Value::None, "get"));
        assert!(crate::attributes::lookup(&[ints(&[]), Value::str("sort")]).is_ok());
        assert!(crate::attributes::lookup(&[Value::Int(1), Value::str("real")]).is_ok());
        assert!(crate::attributes::lookup(&[Value::Int(1), Value::str("sort")]).is_err());
    }

    fn n(i: i64) -> Value {
        Value::Int(i)
    }

    #[test]
    fn expandtabs_and_fromkeys() {
        // Expected values from CPython 3.11.
        let s = Value::str("a\tb\r\tc\nd\te\u{65e5}\t|");
        assert_eq!(r(&expandtabs(&s, &[n(4)]).unwrap()), "'a   b\\r    c\\nd   e日  |'");
        assert_eq!(r(&expandtabs(&s, &[]).unwrap()), "'a       b\\r        c\\nd       e日      |'");
        assert_eq!(r(&expandtabs(&s, &[n(0)]).unwrap()), "'ab\\rc\\nde日|'");
        assert_eq!(r(&expandtabs(&s, &[n(-3)]).unwrap()), "'ab\\rc\\nde日|'");
        assert_eq!(r(&call_kw(&Value::str("\t"), "expandtabs", &[], &[("tabsize", n(2))]).unwrap()), "'  '");
        assert!(call_kw(&Value::str("\t"), "expandtabs", &[], &[("size", n(2))]).is_err());
        assert!(expandtabs(&s, &[n(1 << 31)]).is_err());
        assert!(expandtabs(&s, &[Value::Float(2.0)]).is_err());
        let shared = Value::list(vec![]);
        let d = fromkeys(&Value::Builtin(&"dict"), &[Value::str("abca"), shared.clone()]).unwrap();
        assert_eq!(r(&d), "{'a': [], 'b': [], 'c': []}");
        append(&shared, &[n(1)]).unwrap();
        assert_eq!(r(&d), "{'a': [1], 'b': [1], 'c': [1]}");
        let keys = Value::list(vec![n(1), Value::Float(1.0), Value::Bool(true), n(2)]);
        assert_eq!(r(&fromkeys(&Value::dict(), std::slice::from_ref(&keys)).unwrap()), "{1: None, 2: None}");
        assert!(fromkeys(&Value::Builtin(&"dict"), &[Value::list(vec![Value::list(vec![])])]).is_err());
        assert!(fromkeys(&Value::Builtin(&"list"), std::slice::from_ref(&keys)).is_err());
        assert!(fromkeys(&Value::Builtin(&"dict"), &[n(5)]).is_err());
        assert!(fromkeys(&Value::Builtin(&"dict"), &[]).is_err());
        assert!(has_method(&Value::Builtin(&"dict"), "fromkeys"));
        assert!(!has_method(&Value::Builtin(&"list"), "fromkeys"));
    }

    fn r(v: &Value) -> String {
        repr(v).unwrap()
    }

    #[test]
    fn list_mutators() {
        let xs = ints(&[3, 1, 2]);
        let alias = xs.clone();
        append(&xs, &[n(4)]).unwrap();
        extend(&xs, std::slice::from_ref(&xs)).unwrap();
        assert_eq!(r(&alias), "[3, 1, 2, 4, 3, 1, 2, 4]");
        assert_eq!(r(&pop(&xs, &[]).unwrap()), "4");
        assert_eq!(r(&pop(&xs, &[n(-7)]).unwrap()), "3");
        assert!(pop(&xs, &[n(6)]).is_err());
        insert(&xs, &[n(-100), n(0)]).unwrap();
        insert(&xs, &[n(100), n(9)]).unwrap();
        insert(&xs, &[n(-1), n(8)]).unwrap();
        assert_eq!(r(&xs), "[0, 1, 2, 4, 3, 1, 2, 8, 9]");
        remove(&xs, &[Value::Float(1.0)]).unwrap();
        assert_eq!(r(&xs), "[0, 2, 4, 3, 1, 2, 8, 9]");
        assert!(remove(&xs, &[n(7)]).is_err());
        reverse(&xs, &[]).unwrap();
        sort(&xs, &[]).unwrap();
        assert_eq!(r(&xs), "[0, 1, 2, 2, 3, 4, 8, 9]");
        let copied = copy(&xs, &[]).unwrap();
        clear(&xs, &[]).unwrap();
        assert_eq!(r(&copied), "[0, 1, 2, 2, 3, 4, 8, 9]");
        assert!(pop(&xs, &[]).is_err());
        let mixed = Value::list(vec![n(1), Value::str("a")]);
        assert!(sort(&mixed, &[]).is_err());
        assert_eq!(r(&mixed), "[1, 'a']");
        assert!(append(&Value::tuple(vec![]), &[n(1)]).is_err());
        assert!(append(&xs, &[]).is_err());
    }

    #[test]
    fn sort_sees_its_list_empty() {
        // python3: a = [[]]; xs = [a]; xs.append(xs); xs.sort(); xs[0] is xs  -> True
        // (while it sorts, xs is [], which is less than [[]]: the run is descending)
        let a = Value::list(vec![Value::list(vec![])]);
        let xs = Value::list(vec![a.clone()]);
        append(&xs, &[xs.clone()]).unwrap();
        sort(&xs, &[]).unwrap();
        let Value::List(l) = &xs else { unreachable!() };
        assert!(matches!(&l.borrow()[0], Value::List(first) if Rc::ptr_eq(first, l)));
        // python3: ys = [[1, 2], [3]]; ys.append(ys); ys.sort(key=len); [len(y) for y in ys]
        // -> [3, 1, 2]: len(ys) is 0 while it sorts
        let ys = Value::list(vec![ints(&[1, 2]), ints(&[3])]);
        append(&ys, &[ys.clone()]).unwrap();
        call_kw(&ys, "sort", &[], &[("key", Value::Builtin(&"len"))]).unwrap();
        let Value::List(l) = &ys else { unreachable!() };
        assert!(matches!(&l.borrow()[0], Value::List(first) if Rc::ptr_eq(first, l)));
        // A fallback puts the items back in their old order.
        let mixed = Value::list(vec![n(3), n(1), Value::str("a")]);
        assert!(call_kw(&mixed, "sort", &[], &[("reverse", Value::Bool(true))]).is_err());
        assert_eq!(r(&mixed), "[3, 1, 'a']");
    }

    #[test]
    fn searching_lists_and_tuples() {
        let xs = ints(&[5, 6, 5, 7]);
        assert_eq!(r(&count(&xs, &[n(5)]).unwrap()), "2");
        assert_eq!(r(&index(&xs, &[n(5), n(1)]).unwrap()), "2");
        assert_eq!(r(&index(&xs, &[n(7), n(-1)]).unwrap()), "3");
        assert!(index(&xs, &[n(7), n(0), n(-1)]).is_err());
        let t = Value::tuple(vec![Value::str("a"), Value::Bool(true)]);
        assert_eq!(r(&count(&t, &[n(1)]).unwrap()), "1");
        assert_eq!(r(&index(&t, &[n(1)]).unwrap()), "1");
        assert_eq!(r(&count(&Value::str("banana"), &[Value::str("an")]).unwrap()), "2");
        assert!(count(&n(1), &[n(1)]).is_err());
    }

    #[test]
    fn keyword_arguments() {
        // Expected values from python3.11.
        let xs = ints(&[2, 3, 1]);
        call_kw(&xs, "sort", &[], &[("reverse", Value::Bool(true))]).unwrap();
        assert_eq!(r(&xs), "[3, 2, 1]");
        assert!(call_kw(&xs, "sort", &[], &[("key", Value::function("f@1:1"))]).is_err());
        let ys = ints(&[-3, 2, -1]);
        call_kw(&ys, "sort", &[], &[("key", Value::Builtin(&"abs"))]).unwrap();
        assert_eq!(r(&ys), "[-1, 2, -3]");
        let s = Value::str("a,b,c");
        assert_eq!(r(&call_kw(&s, "split", &[Value::str(",")], &[("maxsplit", n(1))]).unwrap()), "['a', 'b,c']");
        assert_eq!(r(&call_kw(&s, "rsplit", &[], &[("sep", Value::str(",")), ("maxsplit", n(1))]).unwrap()), "['a,b', 'c']");
        assert_eq!(r(&call_kw(&Value::str("a b  c"), "split", &[], &[("maxsplit", n(1))]).unwrap()), "['a', 'b  c']");
        assert!(call_kw(&s, "split", &[Value::str(",")], &[("sep", Value::str(","))]).is_err());
        assert!(call_kw(&s, "split", &[], &[("maxsplit", Value::None)]).is_err());
        let d = dict::dict_display(vec![(Value::str("b"), n(1))]).unwrap();
        call_kw(&d, "update", &[dict::dict_display(vec![(Value::str("c"), n(2))]).unwrap()], &[("b", n(3))]).unwrap();
        assert_eq!(r(&d), "{'b': 3, 'c': 2}");
        assert!(call_kw(&s, "replace", &[Value::str("a"), Value::str("b")], &[("count", n(1))]).is_err());
    }

    #[test]
    fn dict_methods() {
        let d = dict::dict_display(vec![(Value::str("a"), n(1))]).unwrap();
        assert_eq!(r(&get(&d, &[Value::str("a")]).unwrap()), "1");
        assert_eq!(r(&get(&d, &[Value::str("z")]).unwrap()), "None");
        assert_eq!(r(&get(&d, &[Value::str("z"), n(0)]).unwrap()), "0");
        assert!(get(&d, &[ints(&[])]).is_err());
        let ks = keys(&d, &[]).unwrap();
        assert_eq!(r(&setdefault(&d, &[Value::str("b"), ints(&[])]).unwrap()), "[]");
        assert_eq!(r(&setdefault(&d, &[Value::str("a"), n(5)]).unwrap()), "1");
        assert_eq!(r(&ks), "dict_keys(['a', 'b'])");
        update(&d, &[Value::list(vec![Value::tuple(vec![n(1), n(2)])])]).unwrap();
        update(&d, std::slice::from_ref(&d)).unwrap();
        assert_eq!(r(&items(&d, &[]).unwrap()), "dict_items([('a', 1), ('b', []), (1, 2)])");
        assert_eq!(r(&values(&d, &[]).unwrap()), "dict_values([1, [], 2])");
        assert_eq!(r(&pop(&d, &[Value::str("a")]).unwrap()), "1");
        assert_eq!(r(&pop(&d, &[Value::str("a"), n(0)]).unwrap()), "0");
        assert!(pop(&d, &[Value::str("a")]).is_err());
        let c = copy(&d, &[]).unwrap();
        assert_eq!(r(&popitem(&d, &[]).unwrap()), "(1, 2)");
        assert_eq!(r(&c), "{'b': [], 1: 2}");
        assert!(update(&d, &[ints(&[1])]).is_err());
        clear(&d, &[]).unwrap();
        assert!(popitem(&d, &[]).is_err());
        assert_eq!(r(&ks), "dict_keys([])");
    }
}
