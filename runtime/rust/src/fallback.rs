//! The `Fallback` outcome of a compiled call.

use std::borrow::Cow;
use std::fmt;

use crate::value::Value;

/// A compiled call cannot produce CPython's answer, so the caller must re-run the call in the
/// interpreter. This is part of the contract, not an error: it covers untraced paths (`unknown`),
/// failed guards, reading an unbound name, integers past 64 bits, anything that would raise in
/// CPython, and running out of gas. `reason` is a short text for diagnostics only: usually static;
/// an owned text (naming the method, receiver type or builtin) is built only when falling back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fallback {
    /// Why the call fell back (for diagnostics; never part of the call's output).
    pub reason: Cow<'static, str>,
}

impl fmt::Display for Fallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fallback: {}", self.reason)
    }
}

/// The result of every runtime operation: a Python value or `Fallback`.
pub type PyResult = Result<Value, Fallback>;

/// Build a `Fallback` with `reason`.
#[inline]
pub fn fallback(reason: &'static str) -> Fallback {
    Fallback { reason: Cow::Borrowed(reason) }
}

/// A `Fallback` whose reason is built at run time (only on the falling-back path).
#[cold]
pub fn fallback_owned(reason: String) -> Fallback {
    Fallback { reason: Cow::Owned(reason) }
}

/// `Err(fallback_owned(reason))`, typed for any `Ok` type; call it only when falling back (the
/// text is built by the caller, e.g. with `format!`, on that path only).
#[cold]
pub fn fail_owned<T>(reason: String) -> Result<T, Fallback> {
    Err(fallback_owned(reason))
}

/// `Err(fallback(reason))`, typed for any `Ok` type.
#[inline]
pub fn fail<T>(reason: &'static str) -> Result<T, Fallback> {
    Err(fallback(reason))
}
