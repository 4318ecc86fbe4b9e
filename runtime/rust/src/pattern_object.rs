//! `re.Pattern` objects for compiled code: what `re.compile(pattern)` returns (`re_module.rs`).
//! Its methods `search`, `match`, `fullmatch`, `findall`, `finditer`, `sub`, `subn` and `split` give what the `re`
//! function of the same name gives for the pattern's text (CPython's `re.findall(p, s)` is
//! `re.compile(p).findall(s)`), with positional `pos` / `endpos` for search, match, fullmatch,
//! findall and finditer; extra arguments and keyword arguments fall back. Patterns are equal when their texts and flags are; the C++ evaluator's
//! `lib/Runtime/PatternObject.cpp` is the reference for the same semantics.

use crate::fallback::{fail, PyResult};
use crate::value::Value;

/// A compiled pattern: its text (`p.pattern`) and flags (`p.flags`). The text was parsed once by
/// `re.compile` (so it is in the subset) and is parsed again, with the same flags, by each method
/// call.
#[derive(Debug)]
pub struct PatternObj {
    /// The pattern str.
    pub source: crate::value::PyStr,
    /// CPython's `p.flags` (the given and inline global flags, UNICODE unless ASCII); compiling
    /// the text with them gives the same pattern.
    pub flags: u32,
}

/// `re.NAME(p.pattern, *args)` when `recv` is a pattern and `args` has at most `max` items.
fn delegate(recv: &Value, name: &str, args: &[Value], max: usize) -> PyResult {
    let Value::Pattern(p) = recv else {
        return fail("AttributeError: the receiver has no such method");
    };
    if args.len() > max {
        return fail("re.Pattern method with pos / endpos or too many arguments");
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::Str(p.source.clone()));
    all.extend_from_slice(args);
    crate::re_module::call(name, &all, &[("flags", Value::Int(p.flags as i64))])
}

/// `p.NAME(string, pos, endpos)` with positional `pos` / `endpos` (see
/// `re_module::call_bounded`), else `re.NAME(p.pattern, string)`.
fn bounded(recv: &Value, name: &str, args: &[Value]) -> PyResult {
    match (recv, args) {
        (Value::Pattern(p), [string, pos, rest @ ..]) if rest.len() <= 1 => {
            crate::re_module::call_bounded(name, &p.source, p.flags, string, Some(pos), rest.first())
        }
        _ => delegate(recv, &format!("re.{}", name), args, 1),
    }
}

/// `p.search(string, pos=0, endpos=len)`.
pub fn search(recv: &Value, args: &[Value]) -> PyResult {
    bounded(recv, "search", args)
}

/// `p.match(string, pos=0, endpos=len)`.
pub fn r#match(recv: &Value, args: &[Value]) -> PyResult {
    bounded(recv, "match", args)
}

/// `p.fullmatch(string, pos=0, endpos=len)`.
pub fn fullmatch(recv: &Value, args: &[Value]) -> PyResult {
    bounded(recv, "fullmatch", args)
}

/// `p.findall(string, pos=0, endpos=len)`.
pub fn findall(recv: &Value, args: &[Value]) -> PyResult {
    bounded(recv, "findall", args)
}

/// `p.sub(repl, string, count=0)`.
pub fn sub(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.sub", args, 3)
}

/// `p.subn(repl, string, count=0)`.
pub fn subn(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.subn", args, 3)
}

/// `p.finditer(string, pos=0, endpos=len)`.
pub fn finditer(recv: &Value, args: &[Value]) -> PyResult {
    bounded(recv, "finditer", args)
}

/// `p.split(string, maxsplit=0)`.
pub fn split(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.split", args, 2)
}

/// CPython's repr of a pattern: `re.compile(R)`, R being the text's repr cut to 200 code points
/// (CPython's `%.200R`), or `re.compile(R, re.IGNORECASE|...)` with the names of its flags in
/// _sre's order, UNICODE (a str pattern's default) left out.
pub fn repr(p: &PatternObj) -> String {
    let mut r = String::new();
    crate::repr::write_str_repr(&p.source, &mut r);
    let cut: String = r.chars().take(200).collect();
    const NAMES: [(u32, &str); 6] = [
        (2, "re.IGNORECASE"),
        (8, "re.MULTILINE"),
        (16, "re.DOTALL"),
        (32, "re.UNICODE"),
        (64, "re.VERBOSE"),
        (256, "re.ASCII"),
    ];
    let flags = p.flags & !32;
    let names: Vec<&str> = NAMES.iter().filter(|(b, _)| flags & b != 0).map(|&(_, n)| n).collect();
    if names.is_empty() {
        format!("re.compile({})", cut)
    } else {
        format!("re.compile({}, {})", cut, names.join("|"))
    }
}

/// `a == b` of two patterns: their texts and flags are equal.
pub fn equal(a: &PatternObj, b: &PatternObj) -> bool {
    a.source == b.source && a.flags == b.flags
}
