//! Methods read from their builtin type (`str.lower`, `list.count`, `dict.get`): CPython's
//! method_descriptor, a function whose first argument is the receiver
//! (`sorted(names, key=str.lower)`, `map(str.strip, parts)`, `str.join(",", xs)`). The front end
//! reads one as the builtin name `"TYPE.METHOD"`; the C++ evaluator's
//! `lib/Runtime/MethodDescriptor.cpp` is the reference. CPython's TypeErrors (no receiver, a
//! receiver of another type) fall back.

use crate::builtins::{instance_of, Keyword};
use crate::fallback::{fail, PyResult};
use crate::value::Value;

/// The builtin types whose methods the front end reads as descriptors.
const TYPES: [&str; 7] = ["str", "list", "dict", "tuple", "set", "int", "float"];

/// `Some(("str", "lower"))` when `name` is a method descriptor the runtime implements.
pub fn parts(name: &str) -> Option<(&str, &str)> {
    let (ty, method) = name.split_once('.')?;
    // dict.fromkeys is a classmethod (its first argument is no receiver), called as a method of
    // the type object instead.
    (TYPES.contains(&ty) && method != "fromkeys" && crate::methods::type_has_method(ty, method)).then_some((ty, method))
}

/// Calls the method descriptor `name` with the receiver `args[0]`, the other arguments and
/// the keywords.
pub fn call(name: &str, args: &[Value], kws: &[Keyword]) -> PyResult {
    let Some((ty, method)) = parts(name) else {
        return fail("method descriptor the compiled runtime does not implement");
    };
    match args.split_first() {
        Some((recv, rest)) if instance_of(recv, ty) => crate::methods::call_flat(recv, method, rest, kws),
        Some(_) => fail("TypeError: descriptor applied to an object of another type"),
        None => fail("TypeError: unbound method needs an argument"),
    }
}

/// CPython's repr: `<method 'lower' of 'str' objects>`.
pub fn repr(name: &str) -> Option<String> {
    parts(name).map(|(ty, method)| format!("<method '{method}' of '{ty}' objects>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_call_the_method_on_their_first_argument() {
        let r = call("str.lower", &[Value::str("AbC")], &[]).unwrap();
        assert_eq!(crate::repr::repr(&r).unwrap(), "'abc'");
        assert!(call("str.lower", &[Value::Int(1)], &[]).is_err());
        assert!(call("str.lower", &[], &[]).is_err());
        assert!(matches!(call("int.bit_length", &[Value::Bool(true)], &[]).unwrap(), Value::Int(1)));
        assert_eq!(repr("list.append").unwrap(), "<method 'append' of 'list' objects>");
        assert!(parts("str.nosuch").is_none() && parts("math.sqrt").is_none());
    }
}
