//===- Repr.h - repr() and str() of Python values ---------------*- C++ -*-===//

#ifndef PYCTL_RUNTIME_REPR_H
#define PYCTL_RUNTIME_REPR_H

#include "pyctl/Runtime/Value.h"

#include <string>

namespace pyctl {

/// CPython's repr(V): None/True/False; ints in decimal (ValueError beyond
/// 4300 digits, as CPython 3.11.7); floats as floatRepr; strs as strRepr;
/// "[1, 'a']", "(1,)", "()", "{'a': 1}", "range(0, 5)", "range(1, 5, 2)",
/// "dict_keys(['a'])", "<function NAME at 0x...>" (address not
/// deterministic), "<built-in function len>", "<class 'int'>". A list or
/// dict that contains itself prints as "[...]" / "{...}" where it recurs.
std::string repr(const Value &V);

/// CPython's str(V): the text itself for a str, repr(V) for everything else
/// (items inside containers always use repr).
std::string str(const Value &V);

} // namespace pyctl

#endif // PYCTL_RUNTIME_REPR_H
