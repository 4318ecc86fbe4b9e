//===- JSONModule.h - json.dumps and json.loads -----------------*- C++ -*-===//
//
// `import json`: json.dumps and json.loads for the values pyctl has, with
// CPython 3.11's exact text and exceptions. The front end spells them as the
// builtin names "json.dumps" and "json.loads".
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_JSONMODULE_H
#define PYCTL_RUNTIME_JSONMODULE_H

#include "pyctl/Runtime/Builtins.h"

#include <string_view>

namespace pyctl {

/// True for "json.dumps" and "json.loads".
bool isJSONFunction(std::string_view Name);

/// Calls \p Name ("json.dumps" or "json.loads") as CPython 3.11 does:
/// - json.dumps(obj, *, sort_keys=False, indent=None, ensure_ascii=True,
///   allow_nan=True): None/True/False as null/true/false, ints as repr,
///   floats as repr (NaN, Infinity, -Infinity; ValueError "Out of range float
///   values are not JSON compliant" without allow_nan), strs with the
///   encoder's escapes (ensure_ascii: every non-ASCII character as \uXXXX,
///   surrogate pairs past U+FFFF), lists and tuples as arrays, dicts as
///   objects whose keys may be str, int, float, bool or None (TypeError
///   "keys must be str, int, float, bool or None, not tuple"); separators ", "
///   and ": ", or "," plus newlines and the indent when indent is an int or a
///   str; sort_keys sorts the items by key with `<` (TypeError for mixed key
///   types). TypeError "Object of type range is not JSON serializable" for
///   other values, ValueError "Circular reference detected" for a container
///   holding itself. obj may be given by keyword; the arguments are bound
///   as CPython binds the Python function's ("dumps() missing 1 required
///   positional argument: 'obj'", "dumps() got multiple values for argument
///   'obj'"). Other keywords (separators, default, cls, skipkeys,
///   check_circular, and those **kw passes to the encoder) throw
///   UnsupportedError.
/// - json.loads(s): as jsonLoadsText; malformed text raises
///   PythonError("JSONDecodeError") with CPython's message ("Expecting
///   value: line 1 column 1 (char 0)"; JSONDecodeError is a ValueError), a
///   non-str argument TypeError "the JSON object must be str, bytes or
///   bytearray, not int". s may be given by keyword; other keywords, and
///   nesting deeper than JSONLoadsMaxDepth, throw UnsupportedError.
Value callJSONFunction(std::string_view Name, std::vector<Value> &Args, const KeywordArgs &Kwargs);

} // namespace pyctl

#endif
