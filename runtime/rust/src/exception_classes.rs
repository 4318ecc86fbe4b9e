//! CPython 3.11's hierarchy of the builtin exception classes pyctl knows (the table of
//! `include/pyctl/Runtime/ExceptionClasses.h`), for `issubclass` of two of them. Compiled code
//! holds no exception instances, so the classes are only ever compared.

/// Each known class and its base (`""` for `BaseException`).
const BASES: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
];

fn base_of(name: &str) -> Option<&'static str> {
    BASES.iter().find(|(c, _)| *c == name).map(|(_, b)| *b)
}

/// Whether `name` is a builtin exception class of the table.
pub fn is_known(name: &str) -> bool {
    base_of(name).is_some()
}

/// `issubclass(derived, base)` for two classes of the table; `None` when either is not in it.
pub fn is_subclass(derived: &str, base: &str) -> Option<bool> {
    if !is_known(derived) || !is_known(base) {
        return None;
    }
    let mut c = derived;
    while !c.is_empty() {
        if c == base {
            return Some(true);
        }
        c = base_of(c)?;
    }
    Some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        assert_eq!(is_subclass("KeyError", "LookupError"), Some(true));
        assert_eq!(is_subclass("KeyError", "Exception"), Some(true));
        assert_eq!(is_subclass("KeyError", "BaseException"), Some(true));
        assert_eq!(is_subclass("LookupError", "KeyError"), Some(false));
        assert_eq!(is_subclass("SystemExit", "Exception"), Some(false));
        assert_eq!(is_subclass("OSError", "Exception"), None);
    }
}
