//===- BoundMethod.h - Methods bound to their receiver: d.get ---*- C++ -*-===//
//
// `d.get`, `s.split`, `out.append`: a method read from a built-in value (not
// from its type, which gives a method descriptor, MethodDescriptor.h) is
// CPython's builtin_function_or_method bound to that value, its `__self__`.
// Calling it calls the method on the receiver as it is at the time of the
// call (the receiver is shared, not copied, so later mutations show).
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_BOUNDMETHOD_H
#define PYCTL_RUNTIME_BOUNDMETHOD_H

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Value.h"

#include <string>
#include <string_view>
#include <vector>

namespace pyctl {

/// The object behind a bound method value.
struct BoundMethodObject {
  Value Self;       ///< `__self__`: the receiver, shared (aliasing as in CPython).
  std::string Name; ///< The method's name, e.g. "get".
};

/// `Self.Name` for a method the runtime implements on \p Self (hasMethod,
/// Methods.h): a new bound method value, as CPython makes a new object at
/// every attribute read (so `d.get is d.get` is false).
Value bindMethod(const Value &Self, std::string_view Name);

/// Calls the bound method \p M with \p Args and \p Kwargs: callMethod on its
/// receiver, with CPython's TypeErrors and whatever the method raises.
/// Precondition: M.isBoundMethod().
Value callBoundMethod(const Value &M, std::vector<Value> Args, const KeywordArgs &Kwargs,
                      BuiltinContext &Ctx);

/// The identity the trace's `isFunction` guard records for a builtin callable
/// called through a variable (docs/trace-format.md, Builtins called through
/// a variable): "builtin NAME" for a builtin function, class or method
/// descriptor (`builtin len`, `builtin str.lower`, `builtin math.sqrt`),
/// "method TYPE.NAME" for a bound method (`method dict.get`; TYPE is
/// typeName of the receiver, `bool` for a bool). Empty for any other value.
std::string builtinCalleeIdentity(const Value &Callee);

} // namespace pyctl

#endif // PYCTL_RUNTIME_BOUNDMETHOD_H
