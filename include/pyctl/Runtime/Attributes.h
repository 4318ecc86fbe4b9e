//===- Attributes.h - Attribute reads of built-in values --------*- C++ -*-===//
//
// `obj.name` outside a method call. The front end reads the attributes pyctl
// implements as the builtin call getattr(obj, 'name') (docs/language.md), so
// the trace records them as `primApp getattr` (docs/trace-format.md).
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_ATTRIBUTES_H
#define PYCTL_RUNTIME_ATTRIBUTES_H

#include "pyctl/Runtime/Value.h"

#include <string_view>

namespace pyctl {

/// True for the attribute names the front end accepts in a read `obj.name`:
/// "args", "string", "pos", "endpos", "re", "lastindex", "lastgroup",
/// "pattern", "groups", "groupindex", "flags", "real", "imag", "__name__". Whether a value has one is
/// only known when the read runs (getAttribute).
bool isReadableAttributeName(std::string_view Name);

/// CPython 3.11's `getattr(Obj, Name)` for the attributes pyctl implements:
/// - `e.args` of an exception: the tuple of its arguments;
/// - `m.string`, `m.pos`, `m.endpos` (int code point offsets), `m.re` (a
///   pattern object equal to re.compile(its text, its flags)), `m.lastindex`
///   (sre's: the group closed last on the matching path, None for none) and
///   `m.lastgroup` (that group's name, None when unnamed) of a re.Match;
/// - `p.pattern`, `p.groups` (the number of capturing groups), `p.flags`
///   (CPython's int: 32, re.UNICODE, for a str pattern without flags) and
///   `p.groupindex` (a new dict of the named groups; CPython's is a
///   read-only mappingproxy, so the front end accepts only the reads where
///   the two act the same) of a re.Pattern.
/// - `x.real` and `x.imag` of an int, bool or float: int(x) and 0 for an int
///   or bool (`True.real` is the int 1), x itself and 0.0 for a float.
/// - `__name__` of a builtin function, class or method descriptor (`len`,
///   `int`, `ValueError`, `sqrt` for math.sqrt, `lower` for str.lower) and
///   of a user function (the last part of its `__qualname__`: `<lambda>`).
/// Other names follow missingAttribute (Methods.h): CPython's AttributeError
/// ("'int' object has no attribute 'pos'") when the value's type lacks the
/// attribute, UnsupportedError when it has one pyctl does not model (a
/// method as a value, m.regs, e.args of a KeyError the runtime raised, ...).
Value getAttribute(const Value &Obj, std::string_view Name);

/// CPython 3.11's `getattr(Obj, Name)` as a statement, its value dropped: the
/// method lookup the `anf` pipeline puts before the arguments of a method
/// call that need statements (CPython looks a method up before it evaluates
/// the arguments). Returns when \p Obj has a method \p Name the runtime
/// implements (hasMethod) or an attribute getAttribute reads; otherwise
/// raises or throws as missingAttribute (Methods.h): CPython's AttributeError
/// when the type lacks the name, UnsupportedError when it has one the
/// runtime does not implement.
void lookupAttribute(const Value &Obj, std::string_view Name);

} // namespace pyctl

#endif // PYCTL_RUNTIME_ATTRIBUTES_H
