//===- ActionJSON.h - Python values as an action's JSON result --*- C++ -*-===//
//
// The text an OpenWhisk Python runtime sends back for an action's result: its
// launcher (openwhisk-runtime-python, core/python3ActionLoop/lib/launcher.py)
// writes json.dumps(result, ensure_ascii=False) and the action proxy passes
// those bytes on as the /run response body.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_SERVE_ACTIONJSON_H
#define PYCTL_SERVE_ACTIONJSON_H

#include "pyctl/Runtime/Value.h"

#include <optional>
#include <string>

namespace pyctl {

/// CPython's json.dumps(V, ensure_ascii=False) (the runtime's json module,
/// pyctl/Runtime/JSONModule.h), byte for byte: ", " and ": "
/// separators; None/True/False as null/true/false; ints in decimal; floats as
/// repr(); strs with '"', '\\', and control characters escaped (\n, \r, \t,
/// \b, \f, else \u00XX), other characters written as UTF-8; lists and tuples
/// as arrays; dicts as objects in insertion order, with keys converted as
/// json.dumps does (str as is; int, bool, None and float keys to their JSON
/// text: 1 -> "1", True -> "true", None -> "null", 1.5 -> "1.5").
///
/// Returns nullopt, with the reason in \p Why when given, where the CPython
/// runtime would not produce a valid JSON response: non-finite floats (json
/// writes NaN/Infinity, which the proxy's JSON parser rejects), strs with lone
/// surrogates (not encodable as UTF-8), ints beyond 4300 digits, values with
/// no JSON form (functions, ranges, dict views, builtins, tuple keys), and
/// containers nested deeper than 500 levels or holding themselves (json:
/// RecursionError / "Circular reference detected").
std::optional<std::string> dumpsActionJSON(const Value &V, std::string *Why = nullptr);

/// The error body of the OpenWhisk runtimes, {"error": MESSAGE}, as JSON text:
/// dumpsActionJSON of that dict, so byte for byte what the Python launcher
/// writes (`{"error": "..."}`, ", "/": " separators, non-ASCII as UTF-8).
/// Invalid UTF-8 in \p Message is replaced by U+FFFD.
std::string actionErrorBody(const std::string &Message);

} // namespace pyctl

#endif // PYCTL_SERVE_ACTIONJSON_H
