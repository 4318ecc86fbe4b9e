//! The `Fallback` outcome of a compiled call.

use std::borrow::Cow;
use std::fmt;

use crate::value::Value;

/// A compiled call cannot produce CPython's answer, so the caller must re-run the call in the
/// interpreter. This is part of the contract, not an error: it covers untraced paths (`unknown`),
/// failed guards, reading an unbound name, integers past 64 bits, anything that would raise in
/// CPython, and running out of gas. The reason is a short text for diagnostics only: usually
/// static; an owned text (naming the method, receiver type or builtin) is built only when falling
/// back. It is boxed, so that a `Fallback` is one pointer and `PyResult` is no bigger than a
/// `Value` (16 bytes): every runtime operation returns one, and falling back is the cold path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fallback {
    reason: Box<Cow<'static, str>>,
}

impl Fallback {
    /// Why the call fell back (for diagnostics; never part of the call's output).
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// Whether the reason is a static text (no text was built for it).
    pub fn is_static(&self) -> bool {
        matches!(*self.reason, Cow::Borrowed(_))
    }
}

impl fmt::Display for Fallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fallback: {}", self.reason)
    }
}

/// The result of every runtime operation: a Python value or `Fallback`.
pub type PyResult = Result<Value, Fallback>;

/// Build a `Fallback` with `reason`. Out of line and cold: only the falling-back path calls it.
#[cold]
#[inline(never)]
pub fn fallback(reason: &'static str) -> Fallback {
    Fallback { reason: Box::new(Cow::Borrowed(reason)) }
}

/// A `Fallback` whose reason is built at run time (only on the falling-back path).
#[cold]
pub fn fallback_owned(reason: String) -> Fallback {
    Fallback { reason: Box::new(Cow::Owned(reason)) }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_is_as_small_as_a_value() {
        // Every runtime operation returns a `PyResult`: it must stay two words.
        assert_eq!(std::mem::size_of::<Fallback>(), 8);
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<PyResult>(), 16);
        assert_eq!(std::mem::size_of::<Result<(), Fallback>>(), 8);
    }

    #[test]
    fn reasons() {
        let f = fallback("x");
        assert_eq!(f.reason(), "x");
        assert!(f.is_static());
        let g = fallback_owned(format!("y{}", 1));
        assert_eq!(g.reason(), "y1");
        assert!(!g.is_static());
        assert_eq!(g.to_string(), "fallback: y1");
    }
}
