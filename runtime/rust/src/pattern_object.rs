//! `re.Pattern` objects for compiled code: what `re.compile(pattern)` returns (`re_module.rs`).
//! Its methods `search`, `match`, `fullmatch`, `findall`, `finditer`, `sub`, `subn` and `split` give what the `re`
//! function of the same name gives for the pattern's text (CPython's `re.findall(p, s)` is
//! `re.compile(p).findall(s)`); `pos` / `endpos`, extra arguments and keyword arguments fall
//! back. Patterns are equal when their texts are; the C++ evaluator's
//! `lib/Runtime/PatternObject.cpp` is the reference for the same semantics.

use crate::fallback::{fail, PyResult};
use crate::value::Value;

/// A compiled pattern: its text (`p.pattern`). The text was parsed once by `re.compile` (so it
/// is in the subset) and is parsed again by each method call.
#[derive(Debug)]
pub struct PatternObj {
    /// The pattern str.
    pub source: std::rc::Rc<str>,
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
    crate::re_module::call(name, &all, &[])
}

/// `p.search(string)`.
pub fn search(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.search", args, 1)
}

/// `p.match(string)`.
pub fn r#match(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.match", args, 1)
}

/// `p.fullmatch(string)`.
pub fn fullmatch(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.fullmatch", args, 1)
}

/// `p.findall(string)`.
pub fn findall(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.findall", args, 1)
}

/// `p.sub(repl, string, count=0)`.
pub fn sub(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.sub", args, 3)
}

/// `p.subn(repl, string, count=0)`.
pub fn subn(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.subn", args, 3)
}

/// `p.finditer(string)`.
pub fn finditer(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.finditer", args, 1)
}

/// `p.split(string, maxsplit=0)`.
pub fn split(recv: &Value, args: &[Value]) -> PyResult {
    delegate(recv, "re.split", args, 2)
}

/// CPython's repr of a pattern: `re.compile(R)`, R being the text's repr cut to 200 code points
/// (CPython's `%.200R`).
pub fn repr(p: &PatternObj) -> String {
    let mut r = String::new();
    crate::repr::write_str_repr(&p.source, &mut r);
    let cut: String = r.chars().take(200).collect();
    format!("re.compile({})", cut)
}

/// `a == b` of two patterns: their texts are equal (str patterns without flags).
pub fn equal(a: &PatternObj, b: &PatternObj) -> bool {
    a.source == b.source
}
