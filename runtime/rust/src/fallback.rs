//! The `Fallback` outcome of a compiled call.

use std::fmt;

use crate::value::Value;

/// A compiled call cannot produce CPython's answer, so the caller must re-run the call in the
/// interpreter. This is part of the contract, not an error: it covers untraced paths (`unknown`),
/// failed guards, reading an unbound name, integers past 64 bits, anything that would raise in
/// CPython, and running out of gas. `reason` is a short static text for diagnostics only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fallback {
    /// Why the call fell back (for diagnostics; never part of the call's output).
    pub reason: &'static str,
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
    Fallback { reason }
}

/// `Err(fallback(reason))`, typed for any `Ok` type.
#[inline]
pub fn fail<T>(reason: &'static str) -> Result<T, Fallback> {
    Err(Fallback { reason })
}
