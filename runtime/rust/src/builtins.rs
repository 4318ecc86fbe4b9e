//! The builtins a trace calls through `primApp`, with CPython 3.11's semantics.
//!
//! Each takes its positional arguments as a slice; a wrong argument count or type, and anything
//! CPython would raise for, falls back.

use crate::arith;
pub use crate::attributes::{getattr, lookup as lookup_attribute};
use crate::compare::{greater_than, less_than, sort_by_keys, sort_values, sort_values_reversed};
use crate::ctx::Ctx;
use crate::dict::{self as dicts, Dict};
use crate::fallback::{fail, fail_owned, Fallback, PyResult};
use crate::format::format_value;
use crate::iter as iters;
use crate::num_parse::{parse_float, parse_int, parse_int_base};
use crate::repr::{self as text, to_str, write_str};
use crate::sequence;
use crate::truth::truthy;
use crate::value::Value;

/// Falls back unless builtin `name` got `min..=max` positional arguments, with a reason naming
/// the builtin and the count (`builtin int with 3 arguments ...`): a count CPython accepts but the
/// runtime does not implement reads the same as one CPython rejects with a `TypeError`.
#[inline]
fn arity(args: &[Value], min: usize, max: usize, name: &'static str) -> Result<(), Fallback> {
    if args.len() < min || args.len() > max {
        return unsupported_call(name, args.len()).map(|_| ());
    }
    Ok(())
}

/// `print(*args)`: `str()` of each argument, separated by spaces, then a newline, appended to
/// the call's output buffer. Returns `None`. Nothing is written if an argument cannot be printed.
pub fn print(ctx: &mut Ctx, args: &[Value]) -> PyResult {
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        write_str(a, &mut line)?;
    }
    line.push('\n');
    ctx.stdout.push_str(&line);
    Ok(Value::None)
}

/// `len(x)`.
pub fn len(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "len")?;
    sequence::len(&args[0])
}

/// `abs(x)`.
pub fn abs(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "abs")?;
    arith::abs(&args[0])
}

/// `str()` / `str(x)`.
pub fn str(args: &[Value]) -> PyResult {
    arity(args, 0, 1, "str")?;
    match args.first() {
        None => Ok(Value::str("")),
        Some(s @ Value::Str(_)) => Ok(s.clone()),
        Some(v) => Ok(Value::string(to_str(v)?)),
    }
}

/// `repr(x)`.
pub fn repr(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "repr")?;
    Ok(Value::string(text::repr(&args[0])?))
}

/// `int()` / `int(x)` for `int`, `bool`, `float` (truncated toward zero) and `str`.
/// `int(s, base)` for a `str` `s` and an int (or bool) `base`, 0 or 2..=36 (`parse_int_base`).
pub fn int(args: &[Value]) -> PyResult {
    arity(args, 0, 2, "int")?;
    let Some(v) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = args.get(1) {
        let base = match *base {
            Value::Int(b) => b,
            Value::Bool(b) => b as i64,
            _ => return fail("TypeError: int() base must be an integer"),
        };
        let Value::Str(ref s) = *v else {
            return fail("TypeError: int() can't convert non-string with explicit base");
        };
        let base = u32::try_from(base).unwrap_or(1); // 1: never a valid base
        return Ok(Value::Int(parse_int_base(s, base)?));
    }
    match *v {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if !f.is_finite() {
                return fail("int() of a non-finite float");
            }
            let t = f.trunc();
            if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
                return fail("int() result outside 64 bits");
            }
            Ok(Value::Int(t as i64))
        }
        Value::Str(ref s) => Ok(Value::Int(parse_int(s)?)),
        _ => fail("TypeError: int() argument"),
    }
}

/// `float()` / `float(x)` for `int`, `bool`, `float` and `str` (`'inf'`, `'nan'`, ...).
pub fn float(args: &[Value]) -> PyResult {
    arity(args, 0, 1, "float")?;
    let Some(v) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    match *v {
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Bool(b) => Ok(Value::Float(b as i64 as f64)),
        Value::Float(f) => Ok(Value::Float(f)),
        Value::Str(ref s) => Ok(Value::Float(parse_float(s)?)),
        _ => fail("TypeError: float() argument"),
    }
}

/// `bool()` / `bool(x)`.
pub fn bool(args: &[Value]) -> PyResult {
    arity(args, 0, 1, "bool")?;
    Ok(Value::Bool(match args.first() {
        None => false,
        Some(v) => truthy(v)?,
    }))
}

/// `range(stop)`, `range(start, stop)`, `range(start, stop, step)` with `int` arguments; a zero
/// step falls back (`ValueError`).
pub fn range(args: &[Value]) -> PyResult {
    arity(args, 1, 3, "range")?;
    let mut n = [0i64; 3];
    for (slot, a) in n.iter_mut().zip(args) {
        *slot = a.as_int().ok_or(crate::fallback::fallback("TypeError: range() argument"))?;
    }
    match args.len() {
        1 => Ok(Value::range(0, n[0], 1)),
        2 => Ok(Value::range(n[0], n[1], 1)),
        _ if n[2] == 0 => fail("ValueError: range() arg 3 must not be zero"),
        _ => Ok(Value::range(n[0], n[1], n[2])),
    }
}

/// The candidates of `min`/`max`: the items of a single iterable argument, or the arguments.
pub(crate) fn candidates(args: &[Value]) -> Result<Vec<Value>, Fallback> {
    match args.len() {
        0 => fail("TypeError: expected at least 1 argument"),
        1 => ordering_items(&args[0]),
        _ => Ok(args.to_vec()),
    }
}

/// `min(iterable)` / `min(a, b, ...)`: the first smallest item (replaced only when `item < best`).
pub fn min(args: &[Value]) -> PyResult {
    let items = candidates(args)?;
    let mut it = items.into_iter();
    let Some(mut best) = it.next() else {
        return fail("ValueError: min() arg is an empty sequence");
    };
    for item in it {
        if less_than(&item, &best)? {
            best = item;
        }
    }
    Ok(best)
}

/// `max(iterable)` / `max(a, b, ...)`: the first largest item (replaced only when `item > best`).
pub fn max(args: &[Value]) -> PyResult {
    let items = candidates(args)?;
    let mut it = items.into_iter();
    let Some(mut best) = it.next() else {
        return fail("ValueError: max() arg is an empty sequence");
    };
    for item in it {
        if greater_than(&item, &best)? {
            best = item;
        }
    }
    Ok(best)
}

/// `sum(iterable)` / `sum(iterable, start)`: `start + item0 + item1 + ...` left to right (CPython
/// 3.11 adds floats plainly, without compensation); a `str` start falls back (`TypeError`).
pub fn sum(args: &[Value]) -> PyResult {
    arity(args, 1, 2, "sum")?;
    let mut total = args.get(1).cloned().unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return fail("TypeError: sum() can't sum strings");
    }
    if let (Value::List(l), Value::Int(start)) = (&args[0], &total) {
        // A list's leading ints are added in place while the sum fits in 64 bits (no copy of the
        // list); from the first other item (or overflow) on, the general loop adds the rest.
        let list = l.borrow();
        let mut acc = *start;
        let mut k = 0;
        while let Some(Value::Int(x)) = list.get(k) {
            match acc.checked_add(*x) {
                Some(s) => acc = s,
                None => break,
            }
            k += 1;
        }
        let rest = list[k..].to_vec();
        drop(list);
        total = Value::Int(acc);
        for item in rest {
            total = arith::op_add(&total, &item)?;
        }
        return Ok(total);
    }
    let items = match (&args[0], &total) {
        (Value::Set(s), Value::Int(_) | Value::Bool(_)) => crate::set::items_for_sum(s)?,
        _ => sequence::items(&args[0])?,
    };
    for item in items {
        total = arith::op_add(&total, &item)?;
    }
    Ok(total)
}

/// `iter(x)` (see `iter::make_iter`); `iter(callable, sentinel)` falls back.
pub fn iter(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "iter")?;
    iters::make_iter(&args[0])
}

/// `next(it)` / `next(it, default)`; `StopIteration` falls back.
pub fn next(args: &[Value]) -> PyResult {
    arity(args, 1, 2, "next")?;
    iters::next_value(&args[0], args.get(1))
}

/// `next(it, default)`, exactly `next(&[it, default])` without building the argument array (the
/// form every `for` loop's lowering calls once per item).
#[inline]
pub fn next2(it: &Value, default: &Value) -> PyResult {
    iters::next_value(it, Some(default))
}

/// `*item = next(it, default)`, assigning in place (see `iter::next_assign`): the head of every
/// lowered `for` loop, `_v = next(_it, _s)`.
#[inline(always)]
pub fn next_assign(item: &mut Value, it: &Value, default: &Value) -> Result<(), Fallback> {
    iters::next_assign(item, it, default)
}

/// `enumerate(iterable)` / `enumerate(iterable, start)` with an `int` start.
pub fn enumerate(args: &[Value]) -> PyResult {
    arity(args, 1, 2, "enumerate")?;
    let start = match args.get(1) {
        None => 0,
        Some(v) => match v.as_int() {
            Some(i) => i,
            None => return fail("TypeError: enumerate() start must be an integer"),
        },
    };
    iters::make_enumerate(&args[0], start)
}

/// `zip(*iterables)`.
pub fn zip(args: &[Value]) -> PyResult {
    iters::make_zip(args)
}

/// `map(func, *iterables)` (see `iter::make_map`).
pub fn map(args: &[Value]) -> PyResult {
    if args.len() < 2 {
        return fail("TypeError: map() must have at least two arguments.");
    }
    iters::make_map(&args[0], &args[1..])
}

/// `filter(func_or_None, iterable)` (see `iter::make_filter`).
pub fn filter(args: &[Value]) -> PyResult {
    arity(args, 2, 2, "filter")?;
    iters::make_filter(&args[0], &args[1])
}

/// The builtin `name` among those taking only a slice of positional arguments
/// (`builtins::NAME(&[Value])`) that map() and filter() may call, or `None`.
fn slice_builtin(name: &str) -> Option<fn(&[Value]) -> PyResult> {
    let f: fn(&[Value]) -> PyResult = match name {
        "len" => len,
        "abs" => abs,
        "str" => str,
        "repr" => repr,
        "ascii" => ascii,
        "int" => int,
        "float" => float,
        "bool" => bool,
        "range" => range,
        "min" => min,
        "max" => max,
        "round" => round,
        "sum" => sum,
        "divmod" => divmod,
        "list" => list,
        "tuple" => tuple,
        "sorted" => sorted,
        "isinstance" => isinstance,
        "issubclass" => issubclass,
        "type" => r#type,
        "dict" => dict,
        "format" => format,
        "iter" => iter,
        "next" => next,
        "enumerate" => enumerate,
        "zip" => zip,
        "reversed" => reversed,
        "set" => set,
        "any" => any,
        "all" => all,
        "map" => map,
        "filter" => filter,
        "hex" => hex,
        "oct" => oct,
        "bin" => bin,
        "hash" => hash,
        _ => return None,
    };
    Some(f)
}

/// Call the builtin `name`, used as a value (the function of `map` or `filter`), with positional
/// `args`. `print` (which needs the call's context) and builtins the runtime does not implement
/// fall back.
pub(crate) fn call_positional(name: &str, args: &[Value]) -> PyResult {
    match slice_builtin(name) {
        Some(f) => f(args),
        None if name.starts_with("math.") => crate::math::call(name, args),
        None if crate::method_descriptor::parts(name).is_some() => crate::method_descriptor::call(name, args, &[]),
        None => fail_owned(format!("builtin {name} not callable from map()/filter() in the compiled runtime")),
    }
}

/// The builtin `name` called with the arguments and keywords a call with `*` / `**` items
/// flattened to (`spread::Spread`): exactly what the generated code calls for a call written
/// with them as plain arguments (`print`, `print_kw`, `call_kw`, `builtins::NAME`, the `json.`,
/// `re.` and `math.` functions), so both run the same code. Builtins the runtime does not
/// implement fall back.
pub fn call_flat(ctx: &mut Ctx, name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    if name.starts_with("json.") {
        return crate::json_module::call(name, args, kws);
    }
    if name.starts_with("re.") {
        return crate::re_module::call(name, args, kws);
    }
    if crate::method_descriptor::parts(name).is_some() {
        return crate::method_descriptor::call(name, args, kws);
    }
    if !kws.is_empty() {
        return if name == "print" { print_kw(ctx, args, kws) } else { call_kw(name, args, kws) };
    }
    match name {
        "print" => print(ctx, args),
        "ord" => ord(args),
        "chr" => chr(args),
        "pow" => pow(args),
        "getattr" => getattr(args),
        _ if name.starts_with("math.") => crate::math::call(name, args),
        _ => match slice_builtin(name) {
            Some(f) => f(args),
            None => unsupported_call(name, args.len()),
        },
    }
}

/// `reversed(seq)`.
pub fn reversed(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "reversed")?;
    iters::make_reversed(&args[0])
}

/// The items `sorted`, `min` and `max` (without `key=`) order: a set's only when its order
/// cannot show (see `set::items_for_ordering`).
fn ordering_items(v: &Value) -> Result<Vec<Value>, Fallback> {
    match v {
        Value::Set(s) => crate::set::items_for_ordering(s),
        _ => sequence::items(v),
    }
}

/// `any(iterable)` (`want` true) / `all(iterable)` (`want` false): whether some item's truth is
/// `want`; items are taken from an iterator only up to the first such item, as in CPython. A
/// set's items in any order (truth has no side effects).
fn any_all(args: &[Value], want: bool) -> PyResult {
    arity(args, 1, 1, if want { "all" } else { "any" })?;
    let items = match &args[0] {
        Value::Iter(it) => {
            while let Some(item) = iters::next_of(it)? {
                if truthy(&item)? == want {
                    return Ok(Value::Bool(want));
                }
            }
            return Ok(Value::Bool(!want));
        }
        Value::Set(s) => s.borrow().keys(),
        v => sequence::items(v)?,
    };
    for item in &items {
        if truthy(item)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

/// `any(iterable)`.
pub fn any(args: &[Value]) -> PyResult {
    any_all(args, true)
}

/// `all(iterable)`.
pub fn all(args: &[Value]) -> PyResult {
    any_all(args, false)
}

/// With a `key=` function, keys of distinct set items can tie, and then the set's order shows:
/// only a set of at most one item is accepted.
fn keyed_set_check(args: &[Value], keyed: bool) -> Result<(), Fallback> {
    if let (true, [Value::Set(s)]) = (keyed, args) {
        crate::set::ordered_items(s)?;
    }
    Ok(())
}

/// `set()` / `set(iterable)`.
pub fn set(args: &[Value]) -> PyResult {
    crate::set::set(args)
}

/// `divmod(a, b)`.
pub fn divmod(args: &[Value]) -> PyResult {
    arity(args, 2, 2, "divmod")?;
    arith::divmod(&args[0], &args[1])
}

/// `list()` / `list(iterable)`: a new list.
pub fn list(args: &[Value]) -> PyResult {
    arity(args, 0, 1, "list")?;
    Ok(Value::list(match args.first() {
        None => Vec::new(),
        Some(v) => sequence::items(v)?,
    }))
}

/// `tuple()` / `tuple(iterable)`.
pub fn tuple(args: &[Value]) -> PyResult {
    arity(args, 0, 1, "tuple")?;
    match args.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(v) => Ok(Value::tuple(sequence::items(v)?)),
    }
}

/// `sorted(iterable)` (no `key`, no `reverse`): a new sorted list; only items with a total order
/// (numbers without NaN, or all `str`, or tuples/lists of such) are sorted, anything else falls
/// back.
pub fn sorted(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "sorted")?;
    let mut items = ordering_items(&args[0])?;
    sort_values(&mut items)?;
    Ok(Value::list(items))
}

/// `dict()` / `dict(mapping_or_pairs)`: a new dict from a dict or from an iterable of 2-item
/// lists/tuples.
pub fn dict(args: &[Value]) -> PyResult {
    arity(args, 0, 1, "dict")?;
    let mut d = Dict::new();
    if let Some(src) = args.first() {
        d.insert_all(dicts::pairs_of(src)?)?;
    }
    Ok(Value::from_dict(d))
}

/// `ord(c)`: the code point of a one-character `str`.
pub fn ord(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "ord")?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => fail("TypeError: ord() expected a character"),
            }
        }
        _ => fail("TypeError: ord() expected string of length 1"),
    }
}

/// `chr(i)`: the one-character `str` of code point `i` (an `int` or `bool`). A surrogate, which
/// has no UTF-8 form, falls back.
pub fn chr(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "chr")?;
    let i = match args[0].as_int() {
        Some(i) => i,
        None => return fail("TypeError: an integer is required"),
    };
    if !(0..=0x10FFFF).contains(&i) {
        return fail("ValueError/OverflowError: chr() arg not in range(0x110000)");
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => fail("chr() of a surrogate"),
    }
}

/// `hex(i)`, `oct(i)`, `bin(i)` of an `int` or `bool` (CPython's `PyNumber_ToBase`): the sign,
/// the prefix and the magnitude's lowercase digits. Any other argument falls back (CPython's
/// `TypeError`: "'float' object cannot be interpreted as an integer").
fn to_base(args: &[Value], name: &'static str) -> PyResult {
    arity(args, 1, 1, name)?;
    let i = match args[0].as_int() {
        Some(i) => i,
        None => return fail("TypeError: object cannot be interpreted as an integer"),
    };
    let m = i.unsigned_abs();
    let digits = match name {
        "hex" => format!("0x{m:x}"),
        "oct" => format!("0o{m:o}"),
        _ => format!("0b{m:b}"),
    };
    Ok(Value::string(if i < 0 { format!("-{digits}") } else { digits }))
}

/// `hex(i)`.
pub fn hex(args: &[Value]) -> PyResult {
    to_base(args, "hex")
}

/// `oct(i)`.
pub fn oct(args: &[Value]) -> PyResult {
    to_base(args, "oct")
}

/// `bin(i)`.
pub fn bin(args: &[Value]) -> PyResult {
    to_base(args, "bin")
}

/// `hash(x)` where CPython's hash is the same in every process (see `hash.rs`); anything else
/// falls back.
pub fn hash(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "hash")?;
    Ok(Value::Int(crate::hash::hash_value(&args[0])?))
}

/// `ascii(x)`: `repr(x)` with non-ASCII code points escaped.
pub fn ascii(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "ascii")?;
    Ok(Value::string(text::ascii(&args[0])?))
}

/// `pow(base, exp[, mod])`: `base ** exp`, or for three `int`s (or `bool`s) `base ** exp % mod`
/// computed modularly, a negative `exp` through the modular inverse (CPython's `long_pow`). A
/// `mod` of 0, a base not invertible, and a float among three arguments fall back.
pub fn pow(args: &[Value]) -> PyResult {
    arity(args, 2, 3, "pow")?;
    if args.len() == 2 || matches!(args[2], Value::None) {
        return arith::op_pow(&args[0], &args[1]);
    }
    let (base, exp, modulus) = match (args[0].as_int(), args[1].as_int(), args[2].as_int()) {
        (Some(b), Some(e), Some(m)) => (b as i128, e as i128, m as i128),
        _ => return fail("TypeError: pow() 3rd argument not allowed unless all arguments are integers"),
    };
    if modulus == 0 {
        return fail("ValueError: pow() 3rd argument cannot be 0");
    }
    let m = modulus.abs();
    let mut base = base.rem_euclid(m);
    let mut exp = exp;
    if exp < 0 {
        base = match mod_inverse(base, m) {
            Some(inverse) => inverse,
            None => return fail("ValueError: base is not invertible for the given modulus"),
        };
        exp = -exp;
    }
    // Square and multiply; every product is below m * m < 2**126.
    let mut result: i128 = 1 % m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    if modulus < 0 && result != 0 {
        result += modulus;
    }
    Ok(Value::Int(result as i64))
}

/// The inverse of `a` modulo `m` (0 <= a < m), if `gcd(a, m) == 1`.
fn mod_inverse(a: i128, m: i128) -> Option<i128> {
    let (mut old_r, mut r) = (a, m);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    if old_r != 1 {
        return None;
    }
    Some(old_s.rem_euclid(m))
}

/// `format(value)` / `format(value, spec)` (see `format::format_value`).
pub fn format(args: &[Value]) -> PyResult {
    arity(args, 1, 2, "format")?;
    let spec = match args.get(1) {
        None => "",
        Some(Value::Str(s)) => s,
        Some(_) => return fail("TypeError: format() argument 2 must be str"),
    };
    Ok(Value::string(format_value(&args[0], spec)?))
}

/// The builtin types a `builtin` node may name (besides the exception classes, which no
/// compiled value is an instance of).
const TYPE_NAMES: &[&str] = &[
    "bool", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "int", "list", "map", "memoryview", "object", "property", "range", "reversed",
    "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
];

/// The builtin functions (not types) of Python 3.11.
const FUNCTION_NAMES: &[&str] = &[
    "__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "breakpoint", "callable",
    "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
    "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "len", "locals",
    "max", "min", "next", "oct", "open", "ord", "pow", "print", "repr", "round", "setattr",
    "sorted", "sum", "vars",
];

/// Whether `name` is a builtin exception class: `BaseException`, or a name ending in `Error`,
/// `Exception`, `Warning`, or one of the few other builtin exceptions.
fn is_exception_name(name: &str) -> bool {
    let first_upper = name.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    first_upper
        && (name.ends_with("Error")
            || name.ends_with("Exception")
            || name.ends_with("Warning")
            || matches!(name, "BaseException" | "KeyboardInterrupt" | "StopIteration" | "StopAsyncIteration" | "SystemExit" | "GeneratorExit"))
}

/// Whether the builtin `name` is a type (`<class 'name'>`).
pub fn is_type_name(name: &str) -> bool {
    TYPE_NAMES.contains(&name) || is_exception_name(name)
}

/// Whether the builtin `name` is a builtin function (`<built-in function name>`).
pub fn is_function_name(name: &str) -> bool {
    FUNCTION_NAMES.contains(&name)
}

/// Whether `v` is an instance of the builtin type `name` (`bool` is an `int`; every value is an
/// `object`; no compiled value is an instance of the other builtin types).
pub(crate) fn instance_of(v: &Value, name: &str) -> bool {
    match name {
        "object" => true,
        "NoneType" => matches!(v, Value::None),
        "int" => matches!(v, Value::Int(_) | Value::Bool(_)),
        "bool" => matches!(v, Value::Bool(_)),
        "float" => matches!(v, Value::Float(_)),
        "str" => matches!(v, Value::Str(_)),
        "list" => matches!(v, Value::List(_)),
        "tuple" => matches!(v, Value::Tuple(_)),
        "dict" => matches!(v, Value::Dict(_)),
        "range" => matches!(v, Value::Range(..)),
        "enumerate" | "zip" | "reversed" | "map" | "filter" => v.type_name() == name,
        "set" => matches!(v, Value::Set(_)),
        "type" => matches!(v, Value::Builtin(b) if is_type_name(b) || **b == "NoneType"),
        _ => false,
    }
}

fn isinstance_of(v: &Value, types: &Value, depth: u32) -> Result<bool, Fallback> {
    match types {
        Value::Builtin(name) if is_type_name(name) || **name == "NoneType" => Ok(instance_of(v, name)),
        Value::Tuple(ts) if depth < 50 => {
            for t in ts.iter() {
                if isinstance_of(v, t, depth + 1)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => fail("TypeError: isinstance() arg 2 must be a type or tuple of types"),
    }
}

/// `isinstance(x, T)`, `T` a builtin type (a `builtin` node) or a (nested) tuple of them.
/// `type(x)`: the class of `x` as a builtin value when it has a builtin name (`int`, `str`,
/// `NoneType`, ...); the classes of other values (functions, iterators, re objects) and
/// `type(name, bases, dict)` fall back.
pub fn r#type(args: &[Value]) -> PyResult {
    let [v] = args else {
        return fail("type() with other than one argument");
    };
    let name = v.type_name();
    if name == "NoneType" {
        return Ok(Value::Builtin(&"NoneType"));
    }
    // No value's class is an exception, so the builtin type names are all there is to find.
    match TYPE_NAMES.iter().find(|t| **t == name) {
        Some(t) => Ok(Value::Builtin(t)),
        None => fail("type() of a value whose class has no builtin name"),
    }
}

/// CPython's `object_issubclass` for the builtin classes: a tuple (nested ones too) is walked
/// item by item up to the first match; each other item needs a class as argument 1, then as
/// argument 2 (else CPython's TypeError: fallback). `bool` is a subclass of `int`; exception
/// classes follow `exception_classes`; every class is a subclass of itself and of `object`.
fn is_subclass(derived: &Value, cls: &Value, depth: u32) -> Result<bool, Fallback> {
    if let Value::Tuple(ts) = cls {
        if depth >= 50 {
            return fail("issubclass() with deeply nested tuples");
        }
        for t in ts.iter() {
            if is_subclass(derived, t, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let class_name = |v: &Value| match v {
        Value::Builtin(b) if is_type_name(b) || **b == "NoneType" => Some(**b),
        _ => None,
    };
    let Some(d) = class_name(derived) else {
        return fail("TypeError: issubclass() arg 1 must be a class");
    };
    let Some(c) = class_name(cls) else {
        return fail("TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
    };
    if d == c || c == "object" || (d == "bool" && c == "int") {
        return Ok(true);
    }
    if is_exception_name(d) && is_exception_name(c) {
        return match crate::exception_classes::is_subclass(d, c) {
            Some(r) => Ok(r),
            None => fail("issubclass() of an exception class outside pyctl's hierarchy"),
        };
    }
    Ok(false)
}

/// `issubclass(C, T)`, `T` a builtin class or a (nested) tuple of them.
pub fn issubclass(args: &[Value]) -> PyResult {
    arity(args, 2, 2, "issubclass")?;
    Ok(Value::Bool(is_subclass(&args[0], &args[1], 0)?))
}

pub fn isinstance(args: &[Value]) -> PyResult {
    arity(args, 2, 2, "isinstance")?;
    if let Value::Undefined = args[0] {
        return fail("read of an unbound name");
    }
    Ok(Value::Bool(isinstance_of(&args[0], &args[1], 0)?))
}

/// Round half to even of the `int` `x` to a multiple of `10**k`, `k >= 1`.
fn round_int(x: i64, k: i64) -> PyResult {
    if k > 38 {
        return Ok(Value::Int(0));
    }
    let p = 10i128.pow(k as u32);
    let x = x as i128;
    let (mut q, r) = (x.div_euclid(p), x.rem_euclid(p));
    if 2 * r > p || (2 * r == p && q % 2 != 0) {
        q += 1;
    }
    i64::try_from(q * p).map(Value::Int).or_else(|_| fail("int result outside 64 bits"))
}

/// `round(x, -k)` for a finite float, `k` in 1..=308: the exact decimal value of `x` rounded half
/// to even to a multiple of `10**k`, read back as a float (CPython's `double_round` with
/// `dtoa` mode 3); a result too large for a float falls back (`OverflowError`).
fn round_float_to_tens(x: f64, k: usize) -> PyResult {
    let int_part = format!("{:.0}", x.abs().trunc());
    let has_fraction = x.fract() != 0.0;
    let padded = if int_part.len() < k + 1 { format!("{}{}", "0".repeat(k + 1 - int_part.len()), int_part) } else { int_part };
    let (head, tail) = padded.split_at(padded.len() - k);
    // tail compared with 5000...0; a fraction makes an exact half more than half.
    let half = tail.as_bytes()[0].cmp(&b'5').then_with(|| {
        if tail[1..].bytes().any(|b| b != b'0') || has_fraction {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    let last_odd = head.as_bytes()[head.len() - 1] % 2 == 1;
    let up = half == std::cmp::Ordering::Greater || (half == std::cmp::Ordering::Equal && last_odd);
    let mut digits: Vec<u8> = head.bytes().collect();
    if up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let text = format!("{}{}e{}", if x.is_sign_negative() { "-" } else { "" }, String::from_utf8_lossy(&digits), k);
    match text.parse::<f64>() {
        Ok(r) if r.is_finite() => Ok(Value::Float(r)),
        _ => fail("OverflowError: rounded value too large to represent"),
    }
}

/// `round(x)` / `round(x, ndigits)`. With no `ndigits` (or `None`) the result is an `int`,
/// rounding half to even; with `ndigits` an `int` stays an `int` and a `float` stays a `float`,
/// rounded half to even on its exact decimal value.
pub fn round(args: &[Value]) -> PyResult {
    arity(args, 1, 2, "round")?;
    let ndigits = match args.get(1) {
        None | Some(Value::None) => None,
        Some(n) => Some(n.as_int().ok_or(crate::fallback::fallback("TypeError: round() ndigits"))?),
    };
    match (&args[0], ndigits) {
        (v, None) if v.as_int().is_some() => Ok(Value::Int(v.as_int().unwrap_or_default())),
        (v, Some(k)) if v.as_int().is_some() => {
            let x = v.as_int().unwrap_or_default();
            if k >= 0 { Ok(Value::Int(x)) } else { round_int(x, -k) }
        }
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return fail("round() of a non-finite float");
            }
            int(&[Value::Float(f.round_ties_even())])
        }
        (Value::Float(f), Some(k)) => {
            // CPython: past 323 digits nothing changes; NaN and infinities are returned as is;
            // below -308 digits everything rounds to a zero of the sign of `x`.
            if !f.is_finite() || k > 323 {
                return Ok(Value::Float(*f));
            }
            if k < -308 {
                return Ok(Value::Float(0.0 * f));
            }
            if k < 0 {
                return round_float_to_tens(*f, (-k) as usize);
            }
            // Rust's fixed-precision formatting is exact and rounds ties to even, like
            // CPython's dtoa-based rounding.
            let text = format!("{:.*}", k as usize, f);
            text.parse::<f64>().map(Value::Float).or_else(|_| fail("round() result unparsable"))
        }
        _ => fail("TypeError: round() argument"),
    }
}

/// A keyword argument of a call: its name and value.
pub type Keyword<'a> = (&'a str, Value);

/// Positional arguments merged with keyword arguments by parameter name: `names` are the
/// parameters in order, the first `positional_only` of which cannot be passed by keyword. A
/// keyword not in `names`, one that repeats a positional argument, or too many positional
/// arguments fall back (`TypeError`).
pub(crate) fn bind<'a>(
    args: &'a [Value],
    kws: &'a [Keyword],
    names: &[&str],
    positional_only: usize,
) -> Result<Vec<Option<&'a Value>>, Fallback> {
    if args.len() > names.len() {
        return fail("TypeError: too many positional arguments");
    }
    let mut bound: Vec<Option<&Value>> = names.iter().enumerate().map(|(i, _)| args.get(i)).collect();
    for (name, value) in kws {
        match names.iter().position(|n| n == name) {
            Some(i) if i >= positional_only && bound[i].is_none() => bound[i] = Some(value),
            _ => return fail("TypeError: unexpected or repeated keyword argument"),
        }
    }
    Ok(bound)
}

/// `print(*args, sep=, end=, file=None, flush=)`: `sep` and `end` are `str` or `None` (the
/// defaults); another `file` falls back.
pub fn print_kw(ctx: &mut Ctx, args: &[Value], kws: &[Keyword]) -> PyResult {
    let text = |v: &Value, default: &'static str| -> Result<String, Fallback> {
        match v {
            Value::None => Ok(default.to_string()),
            Value::Str(s) => Ok(s.to_string()),
            _ => fail("TypeError: sep and end must be None or a string"),
        }
    };
    let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
    let mut flush = None;
    for (name, value) in kws {
        match *name {
            "sep" => sep = text(value, " ")?,
            "end" => end = text(value, "\n")?,
            "file" if matches!(value, Value::None) => {}
            "flush" => flush = Some(value),
            _ => return fail("print() keyword not supported"),
        }
    }
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        write_str(a, &mut line)?;
    }
    line.push_str(&end);
    if let Some(f) = flush {
        truthy(f)?;
    }
    ctx.stdout.push_str(&line);
    Ok(Value::None)
}

/// A key function given as `key=`: `None` (no key) or a builtin (`key=len`); a user function
/// would have to run untraced code, so it falls back.
/// Falls back when `key` is a bound method that may change `container` (the list sorted, or
/// the list, dict or set `min` / `max` iterates): CPython then sees the change while it
/// iterates or sorts (a list grows under `min`, "list modified during sort"), which a run over
/// the items taken beforehand would miss. Methods that only read (`d.get`, `xs.count`) pass.
pub(crate) fn check_key_leaves(key: Option<&Value>, container: &Value) -> Result<(), Fallback> {
    let Some(Value::BoundMethod(m)) = key else {
        return Ok(());
    };
    let same = match (&m.recv, container) {
        (Value::List(a), Value::List(b)) => std::rc::Rc::ptr_eq(a, b),
        (Value::Dict(a), Value::Dict(b)) | (Value::Set(a), Value::Set(b)) => std::rc::Rc::ptr_eq(a, b),
        _ => false,
    };
    let reads_only = matches!(
        m.name.as_str(),
        "get" | "count" | "index" | "copy" | "keys" | "values" | "items" | "issubset" | "issuperset"
            | "isdisjoint" | "union" | "intersection" | "difference" | "symmetric_difference"
    );
    if same && !reads_only {
        return fail("a key function that is a method changing the container it iterates");
    }
    Ok(())
}

pub(crate) fn key_function(v: &Value) -> Result<Option<Value>, Fallback> {
    match v {
        Value::None => Ok(None),
        Value::Builtin(_) | Value::BoundMethod(_) => Ok(Some(v.clone())),
        _ => fail("key function that is not a builtin"),
    }
}

/// Call the builtin callable `key` (a builtin or bound method used as a key function) on one
/// value.
pub(crate) fn call_key(key: &Value, v: &Value) -> PyResult {
    crate::bound_method::call_value(key, std::slice::from_ref(v))
}

/// The `key=` and `reverse=` keywords of `sorted` / `list.sort`: the key function and whether to
/// sort descending (`reverse` must be an `int` or `bool`).
pub(crate) fn sort_keywords(kws: &[Keyword]) -> Result<(Option<Value>, bool), Fallback> {
    let (mut key, mut reverse) = (None, false);
    for (name, value) in kws {
        match *name {
            "key" => key = key_function(value)?,
            "reverse" => match value.as_int() {
                // Argument Clinic reads it as a C int.
                Some(r) if i32::try_from(r).is_err() => return fail("OverflowError: Python int too large to convert to C int"),
                Some(r) => reverse = r != 0,
                None => return fail("TypeError: reverse must be an integer"),
            },
            _ => return fail("TypeError: unexpected keyword argument of sort"),
        }
    }
    Ok((key, reverse))
}

/// Sort `items` as `list.sort(key=key, reverse=reverse)`: the keys are computed first, in order,
/// then the items are sorted stably by them.
pub(crate) fn sort_with_key(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> Result<(), Fallback> {
    let Some(key) = key else {
        return sort_values_reversed(items, reverse);
    };
    let mut keys = items.iter().map(|x| call_key(key, x)).collect::<Result<Vec<_>, _>>()?;
    sort_by_keys(items, &mut keys, reverse)
}

/// `min`/`max` with `default=` and `key=`: the first item whose key is smallest (largest), keys
/// compared as CPython does (`key < best`, resp. `key > best`).
fn extreme_kw(args: &[Value], kws: &[Keyword], want_max: bool) -> PyResult {
    let (mut default, mut key) = (None, None);
    for (name, value) in kws {
        match *name {
            "key" => key = key_function(value)?,
            "default" => default = Some(value),
            _ => return fail("TypeError: unexpected keyword argument of min()/max()"),
        }
    }
    if default.is_some() && args.len() != 1 {
        return fail("TypeError: cannot specify a default with several positional arguments");
    }
    keyed_set_check(args, key.is_some())?;
    if let [container] = args {
        check_key_leaves(key.as_ref(), container)?;
    }
    // An iterator is pulled one item at a time, each key called right after its item, as
    // CPython's min_max does: a key that changes the iterator's source (`max(iter(ys),
    // key=ys.pop)`) is seen by the later pulls.
    let mut pull: Box<dyn FnMut() -> Result<Option<Value>, Fallback>> = match args {
        [Value::Iter(source)] => Box::new(move || iters::next_of(source)),
        _ => {
            let mut items = candidates(args)?.into_iter();
            Box::new(move || Ok(items.next()))
        }
    };
    let Some(mut best) = pull()? else {
        return match default {
            Some(d) => Ok(d.clone()),
            None => fail("ValueError: min()/max() arg is an empty sequence"),
        };
    };
    let mut best_key = match &key {
        Some(k) => call_key(k, &best)?,
        None => best.clone(),
    };
    while let Some(item) = pull()? {
        let item_key = match &key {
            Some(k) => call_key(k, &item)?,
            None => item.clone(),
        };
        let better = if want_max { greater_than(&item_key, &best_key)? } else { less_than(&item_key, &best_key)? };
        if better {
            best = item;
            best_key = item_key;
        }
    }
    Ok(best)
}

/// A builtin called with keyword arguments (`sorted(xs, reverse=True)`, `dict(a=1)`, ...), with
/// the keywords CPython 3.11 accepts for it. Other builtins and keywords fall back.
pub fn call_kw(name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    match name {
        // `int(s, base=b)`; `int(base=b)` alone is CPython's TypeError.
        "int" if args.len() == 1 && matches!(kws, [("base", _)]) => int(&[args[0].clone(), kws[0].1.clone()]),
        "sorted" => {
            arity(args, 1, 1, "sorted")?;
            let (key, reverse) = sort_keywords(kws)?;
            keyed_set_check(args, key.is_some())?;
            let mut items = ordering_items(&args[0])?;
            sort_with_key(&mut items, key.as_ref(), reverse)?;
            Ok(Value::list(items))
        }
        "min" => extreme_kw(args, kws, false),
        "max" => extreme_kw(args, kws, true),
        "round" => {
            let b = bind(args, kws, &["number", "ndigits"], 0)?;
            match b[..] {
                [Some(x), None] => round(std::slice::from_ref(x)),
                [Some(x), Some(n)] => round(&[x.clone(), n.clone()]),
                _ => fail("TypeError: round() missing required argument 'number'"),
            }
        }
        "sum" => {
            let b = bind(args, kws, &["iterable", "start"], 1)?;
            match b[..] {
                [Some(it), None] => sum(std::slice::from_ref(it)),
                [Some(it), Some(start)] => sum(&[it.clone(), start.clone()]),
                _ => fail("TypeError: sum() takes at least 1 positional argument"),
            }
        }
        "enumerate" => {
            let b = bind(args, kws, &["iterable", "start"], 0)?;
            match b[..] {
                [Some(it), None] => enumerate(std::slice::from_ref(it)),
                [Some(it), Some(start)] => enumerate(&[it.clone(), start.clone()]),
                _ => fail("TypeError: enumerate() missing required argument 'iterable'"),
            }
        }
        // `zip(..., strict=False)` is a plain zip; a true `strict` falls back (its length checks
        // raise ValueError in CPython, which compiled code never reproduces).
        "zip" if matches!(kws, [(k, _)] if *k == "strict") => {
            if truthy(&kws[0].1)? {
                return fail("zip(strict=True) not supported by the compiled runtime");
            }
            zip(args)
        }
        "dict" => {
            let mut d = match dict(args)? {
                Value::Dict(d) => d.borrow().clone(),
                _ => Dict::new(),
            };
            d.insert_all(kws.iter().map(|(k, v)| (Value::str(k), v.clone())).collect())?;
            Ok(Value::from_dict(d))
        }
        _ if kws.is_empty() => unsupported_call(name, args.len()),
        _ => fail_owned(format!("keyword arguments to builtin {name} not supported by the compiled runtime")),
    }
}

/// The `isFunction` guard: whether `v` is the user function with identity `id`, or the builtin
/// callable `id` names (`"builtin len"`, `"method dict.get"`: docs/trace-format.md, Builtins
/// called through a variable).
#[inline]
pub fn is_function(v: &Value, id: &str) -> PyResult {
    Ok(Value::Bool(match v {
        Value::Function(f) => &*f.id == id,
        Value::Builtin(_) | Value::BoundMethod(_) => crate::bound_method::is_identity(v, id),
        _ => false,
    }))
}

/// `isFunction(v, id)` called with its arguments as values (`id` a `str`).
pub fn is_function_args(args: &[Value]) -> PyResult {
    arity(args, 2, 2, "isFunction")?;
    match &args[1] {
        Value::Str(id) => is_function(&args[0], id),
        _ => fail("isFunction guard without a string identity"),
    }
}

/// Something the runtime does not implement, outside a call (`what` names it, e.g. "name 'x'" or
/// "'**' in a call"): the code falls back there.
#[cold]
pub fn unsupported(what: &'static str) -> PyResult {
    fail_owned(format!("not supported by the compiled runtime: {what}"))
}

/// A call of builtin `name` with `n` positional arguments the runtime does not implement: the
/// call falls back with a reason naming both (`builtin zip with 3 arguments ...`).
#[cold]
pub fn unsupported_call(name: &str, n: usize) -> PyResult {
    let s = if n == 1 { "" } else { "s" };
    fail_owned(format!("builtin {name} with {n} argument{s} not supported by the compiled runtime"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_reasons_name_the_builtin() {
        let reason = |r: PyResult| r.unwrap_err().reason().to_string();
        assert_eq!(
            reason(unsupported_call("zip", 3)),
            "builtin zip with 3 arguments not supported by the compiled runtime"
        );
        assert_eq!(
            reason(unsupported_call("hash", 1)),
            "builtin hash with 1 argument not supported by the compiled runtime"
        );
        assert_eq!(reason(unsupported("name 'g'")), "not supported by the compiled runtime: name 'g'");
        assert_eq!(
            reason(call_kw("hash", &[Value::Int(1)], &[])),
            "builtin hash with 1 argument not supported by the compiled runtime"
        );
        // The common reasons stay static (no allocation on the hot path).
        assert!(fail::<()>("x").unwrap_err().is_static());
    }

    #[test]
    fn hex_oct_bin_like_cpython() {
        let text = |f: fn(&[Value]) -> PyResult, v: Value| match f(&[v]).unwrap() {
            Value::Str(s) => s.to_string(),
            _ => panic!("not a str"),
        };
        // python3.11 -c "print(hex(-255), oct(-8), bin(0), hex(True), hex(-2**63), bin(5))"
        assert_eq!(text(hex, Value::Int(-255)), "-0xff");
        assert_eq!(text(oct, Value::Int(-8)), "-0o10");
        assert_eq!(text(bin, Value::Int(0)), "0b0");
        assert_eq!(text(hex, Value::Bool(true)), "0x1");
        assert_eq!(text(hex, Value::Int(i64::MIN)), "-0x8000000000000000");
        assert_eq!(text(bin, Value::Int(5)), "0b101");
        assert!(hex(&[Value::Float(1.0)]).is_err());
        assert!(hash(&[Value::Int(-1)]).is_ok());
    }

    #[test]
    fn ascii_escapes_non_ascii_like_cpython() {
        let s = |v: PyResult| match v {
            Ok(Value::Str(s)) => s.to_string(),
            _ => panic!("not a str"),
        };
        assert_eq!(s(ascii(&[Value::string("a\u{e9}\u{2603}\u{1f600}'".to_string())])), "\"a\\xe9\\u2603\\U0001f600'\"");
        assert_eq!(s(ascii(&[Value::Int(-5)])), "-5");
        assert!(ascii(&[]).is_err());
    }

    fn f(v: PyResult) -> f64 {
        match v {
            Ok(Value::Float(x)) => x,
            other => panic!("expected a float, got {:?}", other),
        }
    }

    fn i(v: PyResult) -> i64 {
        match v {
            Ok(Value::Int(x)) => x,
            other => panic!("expected an int, got {:?}", other),
        }
    }

    #[test]
    fn round_half_to_even() {
        assert_eq!(i(round(&[Value::Float(2.5)])), 2);
        assert_eq!(i(round(&[Value::Float(3.5)])), 4);
        assert_eq!(i(round(&[Value::Float(-0.5)])), 0);
        assert_eq!(f(round(&[Value::Float(2.675), Value::Int(2)])), 2.67);
        assert_eq!(f(round(&[Value::Float(0.125), Value::Int(2)])), 0.12);
        assert_eq!(f(round(&[Value::Float(0.375), Value::Int(2)])), 0.38);
        assert_eq!(f(round(&[Value::Float(7.0 / 3.0), Value::Int(2)])), 2.33);
        assert!(f(round(&[Value::Float(-0.001), Value::Int(2)])).is_sign_negative());
        assert_eq!(i(round(&[Value::Int(25), Value::Int(-1)])), 20);
        assert_eq!(i(round(&[Value::Int(35), Value::Int(-1)])), 40);
        assert_eq!(i(round(&[Value::Int(-150), Value::Int(-2)])), -200);
        assert!(round(&[Value::Float(f64::NAN)]).is_err());
        // python3: round(15000.0, -4), round(-5000.0, -4), round(1234.5678, -2),
        // round(-0.0, -189), round(1.5e308, -308), round(5e307, -308)
        assert_eq!(f(round(&[Value::Float(15000.0), Value::Int(-4)])), 20000.0);
        assert!(f(round(&[Value::Float(-5000.0), Value::Int(-4)])).is_sign_negative());
        assert_eq!(f(round(&[Value::Float(1234.5678), Value::Int(-2)])), 1200.0);
        assert_eq!(f(round(&[Value::Float(5000.000001), Value::Int(-4)])), 10000.0);
        assert!(f(round(&[Value::Float(-0.0), Value::Int(-189)])).is_sign_negative());
        assert!(round(&[Value::Float(1.5e308), Value::Int(-308)]).is_err());
        assert_eq!(f(round(&[Value::Float(5e307), Value::Int(-308)])), 1e308);
        assert_eq!(f(round(&[Value::Float(1e300), Value::Int(-400)])), 0.0);
    }

    #[test]
    fn conversions() {
        assert_eq!(i(int(&[Value::Float(-3.9)])), -3);
        assert_eq!(i(int(&[Value::str(" 12 ")])), 12);
        assert!(int(&[Value::Float(1e19)]).is_err());
        assert!(int(&[Value::Float(f64::INFINITY)]).is_err());
        assert_eq!(f(float(&[Value::str("-inf")])), f64::NEG_INFINITY);
        assert_eq!(f(float(&[Value::Int(3)])), 3.0);
        assert!(matches!(bool(&[Value::list(vec![])]), Ok(Value::Bool(false))));
        assert!(matches!(str(&[Value::Float(0.1)]), Ok(Value::Str(s)) if &*s == "0.1"));
    }

    #[test]
    fn min_max_and_sum() {
        let l = Value::list(vec![Value::Int(3), Value::Float(1.0), Value::Int(1)]);
        assert!(matches!(min(std::slice::from_ref(&l)), Ok(Value::Float(x)) if x == 1.0));
        assert_eq!(i(max(&[Value::Int(2), Value::Int(7), Value::Int(7)])), 7);
        assert!(min(&[Value::list(vec![])]).is_err());
        assert!(max(&[Value::Int(1), Value::str("a")]).is_err());
        assert_eq!(f(sum(&[l])), 5.0);
        assert_eq!(i(sum(&[Value::range(0, 5, 1)])), 10);
        // python3: sum of a list of ints, with a start, up to exactly 2**63 - 1 / -2**63, with a
        // bool or float after the ints, and past 64 bits (compiled code falls back).
        let ints = |xs: &[i64]| Value::list(xs.iter().map(|x| Value::Int(*x)).collect());
        assert_eq!(i(sum(&[ints(&[])])), 0);
        assert_eq!(i(sum(&[ints(&[1, 2]), Value::Int(-10)])), -7);
        assert_eq!(i(sum(&[ints(&[i64::MAX - 1, 1])])), i64::MAX);
        assert_eq!(i(sum(&[ints(&[-1, i64::MIN + 1])])), i64::MIN);
        assert!(sum(&[ints(&[i64::MAX, 1])]).is_err());
        assert!(sum(&[ints(&[i64::MIN, -1])]).is_err());
        assert!(sum(&[ints(&[i64::MAX, 1, -5])]).is_err());
        let mixed = Value::list(vec![Value::Int(2), Value::Bool(true), Value::Float(0.5), Value::Int(1)]);
        assert_eq!(f(sum(&[mixed])), 4.5);
        assert!(matches!(sum(&[Value::list(vec![Value::Int(1), Value::Bool(true)])]), Ok(Value::Int(2))));
        assert!(sum(&[Value::list(vec![Value::Int(1), Value::str("a")])]).is_err());
    }

    #[test]
    fn sorted_dict_isinstance() {
        let l = Value::list(vec![Value::Int(3), Value::Float(-1.0), Value::Bool(true)]);
        assert_eq!(text::repr(&sorted(&[l]).unwrap()).unwrap(), "[-1.0, True, 3]");
        assert!(sorted(&[Value::list(vec![Value::Int(1), Value::None])]).is_err());
        assert_eq!(text::repr(&sorted(&[Value::str("bca")]).unwrap()).unwrap(), "['a', 'b', 'c']");
        let d = dicts::dict_display(vec![(Value::str("b"), Value::Int(1)), (Value::str("a"), Value::Int(2))]).unwrap();
        assert_eq!(text::repr(&sorted(std::slice::from_ref(&d)).unwrap()).unwrap(), "['a', 'b']");
        let copy = dict(std::slice::from_ref(&d)).unwrap();
        assert_eq!(text::repr(&copy).unwrap(), "{'b': 1, 'a': 2}");
        assert!(matches!(crate::compare::op_is(&copy, &d), Ok(Value::Bool(false))));
        assert_eq!(text::repr(&dict(&[]).unwrap()).unwrap(), "{}");
        let is = |v: Value, t: Value| matches!(isinstance(&[v, t]), Ok(Value::Bool(true)));
        assert!(is(Value::Bool(true), Value::Builtin(&"int")));
        assert!(!is(Value::Int(1), Value::Builtin(&"bool")));
        assert!(is(d.clone(), Value::Builtin(&"dict")));
        assert!(is(Value::Float(1.0), Value::tuple(vec![Value::Builtin(&"int"), Value::tuple(vec![Value::Builtin(&"float")])])));
        assert!(!is(Value::Int(1), Value::Builtin(&"ValueError")));
        assert!(is(Value::Builtin(&"int"), Value::Builtin(&"type")));
        assert!(isinstance(&[Value::Int(1), Value::Builtin(&"len")]).is_err());
        assert!(isinstance(&[Value::Int(1), Value::str("int")]).is_err());
    }

    #[test]
    fn keyword_arguments() {
        // Expected values from python3.11.
        let r = |v: PyResult| text::repr(&v.unwrap()).unwrap();
        let l = Value::list(vec![Value::Int(1), Value::Float(1.0), Value::Int(3), Value::Bool(true)]);
        assert_eq!(r(call_kw("sorted", std::slice::from_ref(&l), &[("reverse", Value::Bool(true))])), "[3, 1, 1.0, True]");
        assert_eq!(r(call_kw("sorted", std::slice::from_ref(&l), &[("key", Value::None), ("reverse", Value::Int(0))])), "[1, 1.0, True, 3]");
        assert!(call_kw("sorted", std::slice::from_ref(&l), &[("reverse", Value::None)]).is_err());
        assert!(call_kw("sorted", std::slice::from_ref(&l), &[("key", Value::function("f@1:1"))]).is_err());
        // python3: sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True); max(..., key=len)
        let words = Value::list(["bb", "a", "ccc", "dd"].iter().map(|w| Value::str(w)).collect());
        assert_eq!(r(call_kw("sorted", std::slice::from_ref(&words), &[("key", Value::Builtin(&"len")), ("reverse", Value::Bool(true))])), "['ccc', 'bb', 'dd', 'a']");
        assert_eq!(r(call_kw("max", std::slice::from_ref(&words), &[("key", Value::Builtin(&"len"))])), "'ccc'");
        assert_eq!(r(call_kw("min", std::slice::from_ref(&words), &[("key", Value::Builtin(&"len")), ("default", Value::None)])), "'a'");
        assert_eq!(r(call_kw("max", &[Value::Int(-3), Value::Int(2)], &[("key", Value::Builtin(&"abs"))])), "-3");
        assert!(call_kw("max", std::slice::from_ref(&words), &[("key", Value::Builtin(&"isinstance"))]).is_err());
        assert_eq!(r(call_kw("min", &[Value::list(vec![])], &[("default", Value::Int(5))])), "5");
        assert!(call_kw("min", &[Value::Int(1), Value::Int(2)], &[("default", Value::Int(0))]).is_err());
        assert_eq!(r(call_kw("round", &[], &[("number", Value::Float(2.5))])), "2");
        assert_eq!(r(call_kw("round", &[Value::Float(2.567)], &[("ndigits", Value::Int(2))])), "2.57");
        assert!(call_kw("round", &[], &[("ndigits", Value::Int(1))]).is_err());
        assert!(call_kw("round", &[Value::Float(1.0)], &[("number", Value::Int(1))]).is_err());
        assert_eq!(r(call_kw("sum", &[Value::list(vec![Value::Int(1)])], &[("start", Value::Int(10))])), "11");
        assert!(call_kw("sum", &[], &[("iterable", Value::list(vec![]))]).is_err());
        let d = dicts::dict_display(vec![(Value::str("a"), Value::Int(1))]).unwrap();
        assert_eq!(r(call_kw("dict", &[d], &[("a", Value::Int(5)), ("b", Value::None)])), "{'a': 5, 'b': None}");
        assert_eq!(r(call_kw("int", &[Value::str("10")], &[("base", Value::Int(2))])), "2");
        assert!(call_kw("int", &[], &[("base", Value::Int(2))]).is_err());
        assert!(call_kw("int", &[Value::str("1"), Value::Int(2)], &[("base", Value::Int(2))]).is_err());
        assert!(call_kw("int", &[Value::Int(10)], &[("base", Value::Int(2))]).is_err());
        assert_eq!(r(int(&[Value::str(" -0x_fF "), Value::Int(0)])), "-255");
        assert_eq!(r(int(&[Value::str("10"), Value::Bool(false)])), "10");
        assert!(int(&[Value::str("10"), Value::Bool(true)]).is_err());
        assert!(int(&[Value::str("10"), Value::Int(-1)]).is_err());
        assert!(int(&[Value::str("10"), Value::Float(2.0)]).is_err());
        assert_eq!(
            int(&[Value::str("1"), Value::Int(2), Value::Int(3)]).unwrap_err().reason().to_string(),
            "builtin int with 3 arguments not supported by the compiled runtime"
        );
        let mut ctx = Ctx::default();
        print_kw(&mut ctx, &[Value::str("a"), Value::Int(1)], &[("sep", Value::str("-")), ("end", Value::None)]).unwrap();
        print_kw(&mut ctx, &[], &[("end", Value::str("")), ("flush", Value::Bool(true)), ("file", Value::None)]).unwrap();
        assert!(print_kw(&mut ctx, &[], &[("sep", Value::Int(1))]).is_err());
        assert_eq!(ctx.stdout, "a-1\n");
    }

    #[test]
    fn print_writes_str_of_args() {
        let mut ctx = Ctx::default();
        print(&mut ctx, &[Value::Int(6)]).unwrap();
        print(&mut ctx, &[Value::str("a b"), Value::Float(0.5), Value::None]).unwrap();
        print(&mut ctx, &[]).unwrap();
        assert_eq!(ctx.stdout, "6\na b 0.5 None\n\n");
    }
}

/// `starKwargs(m)`: the dict a `**m` argument of a user call merges in, copied where it is
/// evaluated (docs/trace-format.md, Unpacking in user calls). Anything but a dict is an error in
/// CPython ("argument after ** must be a mapping"): the call falls back.
#[allow(non_snake_case)]
pub fn starKwargs(args: &[Value]) -> PyResult {
    arity(args, 1, 1, "starKwargs")?;
    match &args[0] {
        Value::Dict(d) => Ok(Value::from_dict(d.borrow().clone())),
        _ => fail("TypeError: argument after ** must be a mapping"),
    }
}

/// The `argCount(t, n)` guard: whether the tuple `t` (a `*` argument of a user call, unpacked)
/// has exactly `n` items.
#[allow(non_snake_case)]
pub fn argCount(args: &[Value]) -> PyResult {
    arity(args, 2, 2, "argCount")?;
    match (&args[0], &args[1]) {
        (Value::Tuple(t), Value::Int(n)) => Ok(Value::Bool(i64::try_from(t.len()) == Ok(*n))),
        _ => fail("argCount guard of something that is not a tuple"),
    }
}

/// The `argKeys(d, k1, ..., kn)` guard: whether the keys of the dict `d` (a `**` argument of a
/// user call) are exactly the strs `k1 .. kn`, in this order.
#[allow(non_snake_case)]
pub fn argKeys(args: &[Value]) -> PyResult {
    let Some((first, keys)) = args.split_first() else {
        return fail("argKeys guard without a dict");
    };
    let Value::Dict(d) = first else {
        return fail("argKeys guard of something that is not a dict");
    };
    let d = d.borrow();
    if d.len() != keys.len() {
        return Ok(Value::Bool(false));
    }
    let same = d.iter().zip(keys.iter()).all(|((k, _), want)| match (k, want) {
        (Value::Str(a), Value::Str(b)) => a == b,
        _ => false,
    });
    Ok(Value::Bool(same))
}
