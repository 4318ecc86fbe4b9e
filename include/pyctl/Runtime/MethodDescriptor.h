//===- MethodDescriptor.h - Methods read from their type: str.lower -*- C++ -*-===//
//
// `str.lower`, `str.strip`, `list.count`, `dict.get`, ...: a method read from
// the built-in type itself is CPython's method_descriptor, a function whose
// first argument is the receiver (`sorted(names, key=str.lower)`,
// `map(str.strip, parts)`, `str.join(",", xs)`). The front end reads one as
// the builtin name "TYPE.METHOD", which the runtime calls as below.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_METHODDESCRIPTOR_H
#define PYCTL_RUNTIME_METHODDESCRIPTOR_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Value.h"

#include <string_view>
#include <vector>

namespace pyctl {

/// Whether \p Name is "TYPE.METHOD" for TYPE one of str, list, dict, tuple,
/// set, int, float and METHOD one of that type's methods the runtime
/// implements (hasMethod, Methods.h).
bool isMethodDescriptor(std::string_view Name);

/// Calls the method descriptor \p Name ("str.lower") with \p Args and
/// \p Kwargs as CPython 3.11 does: the first argument is the receiver, which
/// must be an instance of TYPE (a bool is an int), the rest go to the method
/// (callMethod). Raises CPython's TypeErrors "unbound method str.lower()
/// needs an argument" and "descriptor 'lower' for 'str' objects doesn't
/// apply to a 'int' object", then whatever the method raises.
Value callMethodDescriptor(std::string_view Name, std::vector<Value> Args, const KeywordArgs &Kwargs,
                           BuiltinContext &Ctx);

/// CPython's repr of a method descriptor: "<method 'lower' of 'str' objects>".
std::string methodDescriptorRepr(std::string_view Name);

} // namespace pyctl

#endif // PYCTL_RUNTIME_METHODDESCRIPTOR_H
