//===- TypeAttributes.h - Attribute names of CPython's built-in types -*- C++ -*-===//
//
// Which attribute names CPython 3.11's built-in types have, so that a method
// the runtime does not implement (`str.translate`, `int.to_bytes`) stops the
// evaluator with UnsupportedError instead of raising an AttributeError a
// `try/except AttributeError` could catch, while a name the type truly lacks
// still raises CPython's AttributeError. The tables are dir() of each type as
// CPython reports it, generated into lib/Runtime/TypeAttributes.cpp by
// utils/gen_type_attributes.py (run it with CPython 3.11 to regenerate).
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_TYPEATTRIBUTES_H
#define PYCTL_RUNTIME_TYPEATTRIBUTES_H

#include <optional>
#include <string_view>

namespace pyctl {

/// Whether an instance of the built-in type \p Type (CPython's
/// `type(x).__name__`: "str", "list_iterator", "ValueError", ...) has
/// attribute \p Name, i.e. \p Name is in `dir(x)`. std::nullopt when the
/// type is not in the tables.
std::optional<bool> instanceHasAttribute(std::string_view Type, std::string_view Name);

/// Whether the class object \p Type of `builtins` ("str", "int", "dict", ...)
/// may have attribute \p Name (`dir(T)` plus the metaclass's `dir(type)`).
/// std::nullopt when the class is not in the tables.
std::optional<bool> typeObjectHasAttribute(std::string_view Type, std::string_view Name);

/// Whether \p Name ("len", "math.sqrt") is a function of `builtins` or `math`
/// whose CPython type is builtin_function_or_method.
bool isCPythonBuiltinFunction(std::string_view Name);

} // namespace pyctl

#endif // PYCTL_RUNTIME_TYPEATTRIBUTES_H
