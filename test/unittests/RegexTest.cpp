//===- RegexTest.cpp - The regex engine and re functions against CPython --===//
//
// The table test/unittests/Inputs/regex_cases.json is made by
// utils/gen_regex_cases.py from CPython 3.11's own `re`; the Rust engine's
// cargo tests read the same table.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/ReModule.h"
#include "pyctl/Runtime/Regex.h"
#include "pyctl/Runtime/Unicode.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace pyctl;
using nlohmann::json;

namespace {

json table() {
  std::string Path = std::string(PYCTL_UNITTEST_INPUTS) + "/regex_cases.json";
  std::ifstream In(Path);
  EXPECT_TRUE(In.good()) << Path;
  std::stringstream SS;
  SS << In.rdbuf();
  return json::parse(SS.str());
}

json toJSON(const Value &V) {
  if (V.isNone())
    return nullptr;
  if (V.isStr())
    return V.asStr();
  json A = json::array();
  for (const Value &X : V.isList() ? *V.asList() : V.asTuple())
    A.push_back(toJSON(X));
  return A;
}

json regs(bool Hit, const regex::Captures &C) {
  if (!Hit)
    return nullptr;
  json A = json::array();
  for (size_t I = 0; I < C.size(); I += 2)
    A.push_back(json::array({C[I], C[I + 1]}));
  return A;
}

Value call(const char *Name, std::vector<Value> Args, const KeywordArgs &Kw = {}) {
  return callReFunction(Name, Args, Kw);
}

TEST(RegexTest, CPythonTable) {
  json T = table();
  size_t Failures = 0;
  for (const json &Case : T["cases"]) {
    std::string P = Case["pattern"], S = Case["string"];
    auto Pat = regex::Pattern::compile(P);
    EXPECT_EQ(Pat->groupCount(), Case["groups"].get<size_t>()) << P;
    std::u32string U = unicode::decode(S);
    regex::Captures C;
    json Got;
    Got["search"] = regs(Pat->search(U, 0, false, C), C);
    Got["match"] = regs(Pat->matchAt(U, 0, false, C), C);
    Got["fullmatch"] = regs(Pat->matchAt(U, 0, true, C), C);
    Got["findall"] = toJSON(call("re.findall", {Value::str(P), Value::str(S)}));
    Got["split"] = toJSON(call("re.split", {Value::str(P), Value::str(S)}));
    Got["sub"] = toJSON(call("re.sub", {Value::str(P), Value::str("<\\g<0>>"), Value::str(S)}));
    Got["subg"] = Pat->groupCount() ? toJSON(call("re.sub", {Value::str(P), Value::str("[\\1]"), Value::str(S)}))
                                    : json(nullptr);
    for (auto &[Key, V] : Got.items())
      if (V != Case[Key] && ++Failures < 30)
        ADD_FAILURE() << Key << " of " << json(P).dump() << " on " << json(S).dump() << ": got " << V.dump()
                      << ", CPython " << Case[Key].dump();
  }
  EXPECT_EQ(Failures, 0u);
}

TEST(RegexTest, RefusedPatternsAreUnsupported) {
  json T = table();
  for (const json &P : T["refused"])
    EXPECT_THROW(regex::Pattern::compile(P.get<std::string>()), UnsupportedError) << P.dump();
}

TEST(RegexTest, WordCharactersAreUnicode) {
  EXPECT_TRUE(regex::isWordChar(U'_'));
  EXPECT_TRUE(regex::isWordChar(U'é'));
  EXPECT_TRUE(regex::isWordChar(U'\u0663')); // ARABIC-INDIC DIGIT THREE
  EXPECT_TRUE(regex::isWordChar(U'\u00b2')); // SUPERSCRIPT TWO: isdigit, so isalnum
  EXPECT_FALSE(regex::isWordChar(U'-'));
}

TEST(RegexTest, ArgumentsOutsideTheSubsetAreUnsupported) {
  Value P = Value::str("a"), S = Value::str("aa");
  EXPECT_THROW(call("re.findall", {Value::integer(1), S}), UnsupportedError);
  EXPECT_THROW(call("re.findall", {P, S, Value::integer(2)}), UnsupportedError);
  EXPECT_THROW(call("re.sub", {P, Value::str("\\q"), S}), UnsupportedError);
  EXPECT_THROW(call("re.sub", {P, Value::str("\\2"), S}), UnsupportedError);
  EXPECT_THROW(call("re.sub", {P, Value::str("b"), S, Value::integer(-1)}), UnsupportedError);
  EXPECT_EQ(call("re.sub", {P, Value::str("b"), S}, {{"count", Value::integer(1)}}).asStr(), "ba");
  EXPECT_EQ(toJSON(call("re.split", {P, S, Value::integer(1)})), json::parse(R"(["", "a"])"));
  EXPECT_EQ(call("re.sub", {Value::str("x*"), Value::str("-"), Value::str("abxd")}).asStr(), "-a-b--d-");
  // Catastrophic backtracking stops at the step budget instead of hanging.
  EXPECT_THROW(call("re.findall", {Value::str("(?:a|a)*b"), Value::str(std::string(40, 'a'))}), UnsupportedError);
}

} // namespace
