//! `re.Match` objects for compiled code: what `re.search`, `re.match` and `re.fullmatch` return
//! on success (`re_module.rs`). Methods `group`, `groups`, `groupdict`, `start`, `end`, `span`
//! and subscription `m[g]` give CPython 3.11's results; positions count code points. Every error
//! CPython raises (no such group, wrong argument counts) and keyword arguments fall back, as do a
//! group that is neither an int nor a str. The C++ evaluator's `lib/Runtime/MatchObject.cpp` is
//! the reference for the same semantics.

use std::rc::Rc;

use crate::value::PyStr;
use crate::fallback::{fail, Fallback, PyResult};
use crate::regex::{Captures, Pattern};
use crate::value::Value;

/// One successful match.
#[derive(Debug)]
pub struct MatchObj {
    /// The subject (`m.string`).
    pub string: PyStr,
    /// Its code points.
    pub chars: Rc<[char]>,
    /// Code point offsets: group i at `[2i]`, `[2i+1]`, -1 when it did not take part.
    pub caps: Captures,
    /// The pattern (group count and names).
    pub pattern: Rc<Pattern>,
    /// Its text (`m.re.pattern`).
    pub source: PyStr,
    /// Where the search started (`m.pos`).
    pub pos: usize,
    /// Where the subject was cut (`m.endpos`).
    pub endpos: usize,
}

impl MatchObj {
    /// sre's `match_getindex`: the group number `g` names (an int or bool, or a group's name).
    fn index(&self, g: &Value) -> Result<usize, Fallback> {
        let i = match g {
            Value::Int(_) | Value::Bool(_) => g.as_int().unwrap_or(-1),
            Value::Str(name) => self.pattern.group_index(name).map(|i| i as i64).unwrap_or(-1),
            _ => return fail("group of a match that is neither an int nor a str"),
        };
        if i < 0 || i as usize > self.pattern.groups() {
            return fail("IndexError: no such group");
        }
        Ok(i as usize)
    }

    /// The text of group `g`, or `default` when it did not take part.
    fn text(&self, g: usize, default: &Value) -> Value {
        let (s, e) = (self.caps[2 * g], self.caps[2 * g + 1]);
        if s < 0 {
            return default.clone();
        }
        Value::string(self.chars[s as usize..e as usize].iter().collect())
    }
}

fn the_match(recv: &Value) -> Result<&MatchObj, Fallback> {
    match recv {
        Value::Match(m) => Ok(m),
        _ => fail("AttributeError: the receiver has no such method"),
    }
}

/// `m.group(*g)`.
pub fn group(recv: &Value, args: &[Value]) -> PyResult {
    let m = the_match(recv)?;
    match args {
        [] => Ok(m.text(0, &Value::None)),
        [g] => Ok(m.text(m.index(g)?, &Value::None)),
        _ => {
            let items = args.iter().map(|g| Ok(m.text(m.index(g)?, &Value::None)));
            Ok(Value::tuple(items.collect::<Result<Vec<_>, Fallback>>()?))
        }
    }
}

/// The optional positional `default` of `groups()` / `groupdict()`.
fn default_of(args: &[Value]) -> Result<Value, Fallback> {
    match args {
        [] => Ok(Value::None),
        [d] => Ok(d.clone()),
        _ => fail("TypeError: too many arguments"),
    }
}

/// `m.groups(default=None)`.
pub fn groups(recv: &Value, args: &[Value]) -> PyResult {
    let m = the_match(recv)?;
    let d = default_of(args)?;
    Ok(Value::tuple((1..=m.pattern.groups()).map(|g| m.text(g, &d)).collect()))
}

/// `m.groupdict(default=None)`: the named groups in index order.
pub fn groupdict(recv: &Value, args: &[Value]) -> PyResult {
    let m = the_match(recv)?;
    let d = default_of(args)?;
    let out = Value::dict();
    if let Value::Dict(dict) = &out {
        let pairs = m.pattern.group_names().iter().map(|(n, g)| (Value::str(n), m.text(*g, &d)));
        dict.borrow_mut().insert_all(pairs.collect())?;
    }
    Ok(out)
}

/// The group of `start()`, `end()`, `span()`.
fn position_group(m: &MatchObj, args: &[Value]) -> Result<usize, Fallback> {
    match args {
        [] => Ok(0),
        [g] => m.index(g),
        _ => fail("TypeError: too many arguments"),
    }
}

/// `m.start(g=0)`.
pub fn start(recv: &Value, args: &[Value]) -> PyResult {
    let m = the_match(recv)?;
    Ok(Value::Int(m.caps[2 * position_group(m, args)?]))
}

/// `m.end(g=0)`.
pub fn end(recv: &Value, args: &[Value]) -> PyResult {
    let m = the_match(recv)?;
    Ok(Value::Int(m.caps[2 * position_group(m, args)? + 1]))
}

/// `m.span(g=0)`.
pub fn span(recv: &Value, args: &[Value]) -> PyResult {
    let m = the_match(recv)?;
    let g = position_group(m, args)?;
    Ok(Value::tuple(vec![Value::Int(m.caps[2 * g]), Value::Int(m.caps[2 * g + 1])]))
}

/// `m[g]`: `m.group(g)`.
pub fn get_item(m: &MatchObj, g: &Value) -> PyResult {
    Ok(m.text(m.index(g)?, &Value::None))
}

/// CPython's repr of a match: `<re.Match object; span=(S, E), match=R>`, R being
/// `repr(m.group(0))` cut to 50 code points (CPython formats it with `%.50R`).
pub fn repr(m: &MatchObj) -> String {
    let mut r = String::new();
    let g0: String = m.chars[m.caps[0] as usize..m.caps[1] as usize].iter().collect();
    crate::repr::write_str_repr(&g0, &mut r);
    let cut: String = r.chars().take(50).collect();
    format!("<re.Match object; span=({}, {}), match={}>", m.caps[0], m.caps[1], cut)
}
