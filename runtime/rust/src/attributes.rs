//! Attribute reads `obj.name` for compiled code: the front end reads them as `getattr(obj,
//! 'name')` (a `primApp getattr`). `m.string`, `m.pos`, `m.endpos` and `m.re` of a `re.Match`,
//! `p.pattern`, `p.groups` and `p.flags` of a `re.Pattern`, and `x.real` / `x.imag` of an int,
//! bool or float give CPython 3.11's values; every
//! other read (exceptions' `args` included: compiled code has no exception values), a default
//! argument and CPython's `AttributeError` / `TypeError` fall back. The C++ evaluator's
//! `lib/Runtime/Attributes.cpp` is the reference for the same semantics.

use std::rc::Rc;

use crate::fallback::{fail, PyResult};
use crate::pattern_object::PatternObj;
use crate::regex::Pattern;
use crate::value::Value;

/// sre's flags of a str pattern compiled without flags: `re.UNICODE`.
const UNICODE_FLAG: i64 = 32;

/// `getattr(obj, name)`.
pub fn getattr(args: &[Value]) -> PyResult {
    let [obj, Value::Str(name)] = args else {
        return fail("getattr with a default, a non-str name or a wrong argument count");
    };
    match (obj, &**name) {
        (Value::Match(m), "string") => Ok(Value::Str(m.string.clone())),
        (Value::Match(m), "pos") => Ok(Value::Int(m.pos as i64)),
        (Value::Match(m), "endpos") => Ok(Value::Int(m.endpos as i64)),
        (Value::Match(m), "re") => Ok(Value::Pattern(Rc::new(PatternObj { source: m.source.clone() }))),
        (Value::Int(i), "real") => Ok(Value::Int(*i)),
        (Value::Bool(b), "real") => Ok(Value::Int(*b as i64)),
        (Value::Int(_) | Value::Bool(_), "imag") => Ok(Value::Int(0)),
        (Value::Float(f), "real") => Ok(Value::Float(*f)),
        (Value::Float(_), "imag") => Ok(Value::Float(0.0)),
        (Value::Pattern(p), "pattern") => Ok(Value::Str(p.source.clone())),
        (Value::Pattern(p), "groups") => Ok(Value::Int(Pattern::compile(&p.source)?.groups() as i64)),
        (Value::Pattern(_), "flags") => Ok(Value::Int(UNICODE_FLAG)),
        _ => fail("attribute read the compiled runtime does not implement, or AttributeError"),
    }
}
