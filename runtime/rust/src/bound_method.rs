//! Methods bound to their receiver (`d.get`, `s.split`, `out.append`): a method read from a
//! built-in value is CPython's `builtin_function_or_method` whose `__self__` is that value. The
//! receiver is shared, not copied, so the method sees later changes of a list or dict. The C++
//! evaluator's `lib/Runtime/BoundMethod.cpp` is the reference. Its `repr` (an address), `==`
//! and `hash` fall back.

use std::rc::Rc;

use crate::builtins::Keyword;
use crate::fallback::{fail, fail_owned, PyResult};
use crate::value::Value;

/// The object behind `Value::BoundMethod`.
#[derive(Debug)]
pub struct BoundMethod {
    /// `__self__`: the receiver.
    pub recv: Value,
    /// The method's name, e.g. `"get"`.
    pub name: String,
}

/// `recv.name` read without a call: a new bound method when `recv`'s type has the method
/// (`methods::has_method`), else `None` (the caller falls back or reads an attribute).
pub fn bind(recv: &Value, name: &str) -> Option<Value> {
    if matches!(recv, Value::Builtin(_)) || !crate::methods::has_method(recv, name) {
        return None;
    }
    Some(Value::BoundMethod(Rc::new(BoundMethod { recv: recv.clone(), name: name.to_string() })))
}

/// The bound method called with `args` and `kws`: the method on its receiver as it is now.
pub fn call(m: &BoundMethod, args: &[Value], kws: &[Keyword]) -> PyResult {
    crate::methods::call_flat(&m.recv, &m.name, args, kws)
}

/// A builtin callable held as a value (a builtin function or type, a method descriptor, a bound
/// method) called with positional `args`: what `key=` and `map` do with one. `print` and
/// builtins the runtime lacks fall back, and so does anything that is not such a callable.
pub fn call_value(f: &Value, args: &[Value]) -> PyResult {
    match f {
        Value::Builtin(name) => crate::builtins::call_positional(name, args),
        Value::BoundMethod(m) => call(m, args, &[]),
        Value::Function(_) => fail("a user function called where the trace recorded none"),
        _ => fail("TypeError: object is not callable"),
    }
}

/// The identity a guard `isFunction [F, ID]` checks for a builtin callable `f` (docs/trace-format.md,
/// Builtins called through a variable): `"builtin NAME"` or `"method TYPE.NAME"`.
pub fn is_identity(f: &Value, id: &str) -> bool {
    match f {
        Value::Builtin(name) => id.strip_prefix("builtin ") == Some(*name),
        Value::BoundMethod(m) => id
            .strip_prefix("method ")
            .and_then(|rest| rest.rsplit_once('.'))
            .map_or(false, |(ty, name)| ty == m.recv.type_name() && name == m.name),
        _ => false,
    }
}

/// `getattr(m, '__self__')` / `getattr(m, '__name__')` of a bound method.
pub fn attribute(m: &BoundMethod, attr: &str) -> PyResult {
    match attr {
        "__self__" => Ok(m.recv.clone()),
        "__name__" => Ok(Value::str(&m.name)),
        _ => fail_owned(format!("attribute {attr} of a bound method")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bound_methods_call_their_receiver_as_it_is_now() {
        let l = Value::list(vec![Value::Int(1)]);
        let push = bind(&l, "append").unwrap();
        call_value(&push, &[Value::Int(2)]).unwrap();
        assert_eq!(crate::repr::repr(&l).unwrap(), "[1, 2]");
        assert!(is_identity(&push, "method list.append"));
        assert!(!is_identity(&push, "method list.pop") && !is_identity(&push, "builtin len"));
        assert!(bind(&Value::Int(1), "append").is_none());
        assert!(is_identity(&Value::Builtin(&"len"), "builtin len"));
        assert!(!is_identity(&Value::Builtin(&"len"), "builtin abs"));
        let t = bind(&Value::Bool(true), "bit_length").unwrap();
        assert!(is_identity(&t, "method bool.bit_length"));
        assert!(crate::repr::repr(&push).is_err());
    }
}
