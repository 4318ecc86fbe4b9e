//===- ValueJSON.h - Python values to and from JSON -------------*- C++ -*-===//
//
// Two JSON forms of values:
// - plain JSON as Python's json module reads and writes it (inputs such as
//   the argument lists of *.inputs.jsonl, and results), with integers of any
//   size kept exact when reading;
// - trace constants (docs/trace-format.md): {"kind": "integer", "value": 5},
//   big ints as decimal strings, {"kind": "number", "value": "inf"}, ...
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_VALUEJSON_H
#define PYCTL_RUNTIME_VALUEJSON_H

#include "pyctl/Runtime/Value.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pyctl {

/// A JSON text json.loads would reject: CPython's json.JSONDecodeError.
/// `what()` is its str(), "MSG: line L column C (char P)", with L, C and P
/// counted in code points as json.decoder does; msg() is CPython's `e.msg`
/// ("Expecting value", "Expecting ',' delimiter", "Invalid \\escape", ...)
/// and pos() its `e.pos`.
class JSONDecodeFailure : public std::invalid_argument {
public:
  /// The failure \p Msg at byte offset \p BytePos of the document \p Doc.
  JSONDecodeFailure(std::string Msg, std::string_view Doc, size_t BytePos);
  const std::string &msg() const { return Msg; }
  size_t pos() const { return CharPos; }

private:
  std::string Msg;
  size_t CharPos;
};

/// Parses one JSON text into a Python value exactly as json.loads does:
/// null -> None, true/false -> bool, numbers without fraction or exponent ->
/// int of any size (exact), other numbers -> float (correctly rounded; 1e400
/// -> inf), NaN / Infinity / -Infinity -> float, strings -> str (escaped
/// lone surrogates kept), arrays -> list, objects -> dict with str keys in
/// document order (a repeated key keeps its first position and its last
/// value). Throws JSONDecodeFailure for malformed JSON, with the message and
/// position of CPython's JSONDecodeError (it follows CPython 3.11's C
/// scanner, Modules/_json.c), std::invalid_argument for arrays or objects
/// nested more than 10000 levels deep, and, like json.loads, PythonError
/// ValueError for integers of more than 4300 digits. (A hand-written reader:
/// nlohmann's parser fails on integers beyond the double range.)
Value valueFromJSONText(std::string_view Text);

/// The nesting depth of arrays and objects up to which jsonLoadsText reads.
inline constexpr unsigned JSONLoadsMaxDepth = 400;

/// json.loads(Text) for a str: as valueFromJSONText, but nesting deeper than
/// JSONLoadsMaxDepth throws UnsupportedError (CPython's C scanner raises
/// RecursionError at a depth that depends on how deep its caller's Python
/// stack is: about 1000 minus that depth).
Value jsonLoadsText(std::string_view Text);

/// Converts an already parsed JSON value (integers beyond 64 bits have been
/// rounded by the parser: prefer valueFromJSONText). Same mapping as
/// valueFromJSONText.
Value valueFromJSON(const nlohmann::json &J);

/// The deepest nesting (containers around a value) that valueToJSON converts:
/// 200, as MAX_DEPTH in runtime/rust/src/json.rs.
constexpr size_t ValueJSONMaxDepth = 200;

/// The JSON form of \p V as json.dumps would write it (tuples as arrays; dict
/// keys as json.dumps converts them: 1 -> "1", 1.5 -> "1.5", True -> "true",
/// None -> "null", inf -> "Infinity"), or nullopt when there is none or it
/// would be inexact: non-finite floats, ints outside signed 64 bits, strs with
/// lone surrogates, functions, builtins, ranges, dict views, dicts with keys
/// of other types or with two keys written alike (1 and "1": json.dumps would
/// repeat a member name), and containers holding any
/// of these, or holding themselves, or nested more than ValueJSONMaxDepth
/// levels (CPython's json.dumps raises RecursionError near 1000; the compiled
/// runtime's to_json has the same bound). nlohmann::json sorts object keys; use valueToOrderedJSON to
/// keep the dict's insertion order.
std::optional<nlohmann::json> valueToJSON(const Value &V);
/// As valueToJSON, keeping dict insertion order.
std::optional<nlohmann::ordered_json> valueToOrderedJSON(const Value &V);

/// True for the values that have a trace constant form: None, bool, int,
/// float and str.
bool hasTraceConstant(const Value &V);

/// The trace constant node of \p V (docs/trace-format.md):
/// {"kind":"none"}, {"kind":"boolean","value":true},
/// {"kind":"integer","value":5} (a decimal string when outside int64),
/// {"kind":"number","value":1.5} ("inf", "-inf", "nan" when not finite),
/// {"kind":"string","value":"..."}. Throws std::invalid_argument for other
/// values.
nlohmann::json valueToTraceConstant(const Value &V);

/// The value of a trace constant node (the reverse of valueToTraceConstant).
/// Throws std::invalid_argument for other nodes or malformed values.
Value valueFromTraceConstant(const nlohmann::json &Node);

} // namespace pyctl

#endif // PYCTL_RUNTIME_VALUEJSON_H
