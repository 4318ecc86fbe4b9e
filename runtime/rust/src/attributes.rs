//! Attribute reads `obj.name` for compiled code: the front end reads them as `getattr(obj,
//! 'name')` (a `primApp getattr`). `m.string`, `m.pos`, `m.endpos`, `m.re`, `m.lastindex` and
//! `m.lastgroup` of a `re.Match`, `p.groupindex` (as a dict: see docs/language.md),
//! `p.pattern`, `p.groups` and `p.flags` of a `re.Pattern`, and `x.real` / `x.imag` of an int,
//! bool or float give CPython 3.11's values; every
//! other read (exceptions' `args` included: compiled code has no exception values), a default
//! argument and CPython's `AttributeError` / `TypeError` fall back. The C++ evaluator's
//! `lib/Runtime/Attributes.cpp` is the reference for the same semantics.

use std::rc::Rc;

use crate::fallback::{fail, Fallback, PyResult};
use crate::pattern_object::PatternObj;
use crate::regex::Pattern;
use crate::value::Value;

/// `getattr(obj, name)`.
pub fn getattr(args: &[Value]) -> PyResult {
    let [obj, Value::Str(name)] = args else {
        return fail("getattr with a default, a non-str name or a wrong argument count");
    };
    match (obj, &**name) {
        (Value::Match(m), "string") => Ok(Value::Str(m.string.clone())),
        (Value::Match(m), "pos") => Ok(Value::Int(m.pos as i64)),
        (Value::Match(m), "endpos") => Ok(Value::Int(m.endpos as i64)),
        (Value::Match(m), "re") => {
            Ok(Value::Pattern(Rc::new(PatternObj { source: m.source.clone(), flags: m.pattern.flags() })))
        }
        (Value::Match(m), "lastindex") => {
            let last = *m.caps.last().unwrap_or(&-1);
            Ok(if last < 0 { Value::None } else { Value::Int(last) })
        }
        (Value::Match(m), "lastgroup") => {
            let last = *m.caps.last().unwrap_or(&-1);
            let name = m.pattern.group_names().iter().find(|(_, g)| *g as i64 == last);
            Ok(match name {
                Some((n, _)) if last >= 0 => Value::str(n),
                _ => Value::None,
            })
        }
        // A builtin's own name: the last part of `math.sqrt` or `str.lower`.
        (Value::BoundMethod(m), attr) => crate::bound_method::attribute(m, attr),
        (Value::Builtin(b), "__name__") => Ok(Value::str(b.rsplit('.').next().unwrap_or(b))),
        (Value::Int(i), "real") => Ok(Value::Int(*i)),
        (Value::Bool(b), "real") => Ok(Value::Int(*b as i64)),
        (Value::Int(_) | Value::Bool(_), "imag") => Ok(Value::Int(0)),
        (Value::Float(f), "real") => Ok(Value::Float(*f)),
        (Value::Float(_), "imag") => Ok(Value::Float(0.0)),
        (Value::Pattern(p), "pattern") => Ok(Value::Str(p.source.clone())),
        (Value::Pattern(p), "groups") => Ok(Value::Int(Pattern::compile_with_flags(&p.source, p.flags)?.groups() as i64)),
        (Value::Pattern(p), "flags") => Ok(Value::Int(p.flags as i64)),
        (Value::Pattern(p), "groupindex") => {
            // CPython's is a read-only mappingproxy of this dict; the front end lets it be read
            // only where the two act the same.
            let pat = Pattern::compile_with_flags(&p.source, p.flags)?;
            let out = Value::dict();
            if let Value::Dict(dict) = &out {
                let pairs = pat.group_names().iter().map(|(n, g)| (Value::str(n), Value::Int(*g as i64)));
                dict.borrow_mut().insert_all(pairs.collect())?;
            }
            Ok(out)
        }
        // A method read from a value is bound to it.
        _ => match crate::bound_method::bind(obj, name) {
            Some(m) => Ok(m),
            None => fail("attribute read the compiled runtime does not implement, or AttributeError"),
        },
    }
}

/// `getattr(obj, name)` as a statement, its value dropped: the method lookup the `anf` pipeline
/// puts before the arguments of a method call that need statements (CPython looks a method up
/// before it evaluates the arguments). Succeeds when `obj`'s type has the method in CPython 3.11
/// (`methods::has_method`) or `getattr` reads the attribute; falls back otherwise (CPython's
/// `AttributeError` among the cases). The C++ evaluator's `lookupAttribute` is the reference.
pub fn lookup(args: &[Value]) -> Result<(), Fallback> {
    if let [obj, Value::Str(name)] = args {
        if crate::methods::has_method(obj, name) {
            return Ok(());
        }
    }
    getattr(args).map(drop)
}
