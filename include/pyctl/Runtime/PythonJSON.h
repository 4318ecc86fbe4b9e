//===- PythonJSON.h - JSON text as Python's json.dumps writes it -*- C++ -*-===//
#ifndef PYCTL_RUNTIME_PYTHONJSON_H
#define PYCTL_RUNTIME_PYTHONJSON_H

#include <nlohmann/json.hpp>

#include <string>

namespace pyctl {

/// \p J as one line of JSON text spelled exactly as CPython's
/// `json.dumps(obj, ensure_ascii=False)` spells it: ", " between items,
/// ": " after keys, keys in \p J's order, non-ASCII characters unescaped.
/// Result lines of the evaluator, the Python tracer and compiled code are
/// then byte-identical for the same values.
std::string toPythonJSONText(const nlohmann::ordered_json &J);

} // namespace pyctl

#endif
