//===- JSONDecodeTest.cpp - json.loads and its JSONDecodeErrors vs CPython -===//
//
// The table test/unittests/Inputs/json_decode_cases.json is made by
// utils/gen_json_decode_cases.py from CPython 3.11's own `json`: for every
// text, repr(json.loads(text)) or the JSONDecodeError's str(), msg and pos.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/JSONModule.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/ValueJSON.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace pyctl;
using nlohmann::json;

namespace {

json table() {
  std::string Path = std::string(PYCTL_UNITTEST_INPUTS) + "/json_decode_cases.json";
  std::ifstream In(Path);
  EXPECT_TRUE(In.good()) << Path;
  std::stringstream SS;
  SS << In.rdbuf();
  return json::parse(SS.str());
}

TEST(JSONDecode, MatchesCPythonTable) {
  json T = table();
  ASSERT_GT(T["cases"].size(), 500u);
  for (const json &C : T["cases"]) {
    std::string Text = C["text"];
    SCOPED_TRACE(json(Text).dump());
    if (C.contains("repr")) {
      EXPECT_EQ(repr(jsonLoadsText(Text)), C["repr"].get<std::string>());
      continue;
    }
    try {
      Value V = jsonLoadsText(Text);
      ADD_FAILURE() << "parsed as " << repr(V) << "; CPython: " << C["error"].get<std::string>();
    } catch (const JSONDecodeFailure &E) {
      EXPECT_EQ(std::string(E.what()), C["error"].get<std::string>());
      EXPECT_EQ(E.msg(), C["msg"].get<std::string>());
      EXPECT_EQ(E.pos(), C["pos"].get<size_t>());
    }
  }
}

TEST(JSONDecode, LoadsRaisesJSONDecodeError) {
  std::vector<Value> Args{Value::str("{\"a\" 1}")};
  try {
    callJSONFunction("json.loads", Args, {});
    FAIL() << "no exception";
  } catch (const PythonError &E) {
    EXPECT_EQ(E.type(), "JSONDecodeError");
    EXPECT_EQ(E.message(), "Expecting ':' delimiter: line 1 column 6 (char 5)");
  }
}

TEST(JSONDecode, DeepNestingIsRefused) {
  // CPython's RecursionError starts at a depth that depends on its Python stack.
  std::string Ok = std::string(JSONLoadsMaxDepth, '[') + std::string(JSONLoadsMaxDepth, ']');
  EXPECT_EQ(jsonLoadsText(Ok).asList()->size(), 1u);
  std::string Deep = "[" + Ok + "]";
  EXPECT_THROW(jsonLoadsText(Deep), UnsupportedError);
  std::string DeepObject = "{\"a\": " + Ok + "}";
  EXPECT_THROW(jsonLoadsText(DeepObject), UnsupportedError);
  // Input lines (valueFromJSONText) may nest deeper.
  EXPECT_EQ(valueFromJSONText(Deep).asList()->size(), 1u);
}

} // namespace
