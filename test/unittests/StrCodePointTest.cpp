//===- StrCodePointTest.cpp - casefold/istitle/isidentifier vs CPython ----===//
//
// The table the build generates with utils/gen_str_codepoint_cases.py from
// CPython 3.11's own str methods (PYCTL_STR_CODEPOINT_CASES): every code
// point's casefold(), and istitle() / isidentifier() of each code point in
// the table's contexts. The runtime crate's tests/str_codepoint_cases.rs reads
// the same table. Surrogates are left out (compiled code cannot hold them).
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/CaseConvert.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/Unicode.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

using namespace pyctl;
using nlohmann::json;

static json readTable() {
  std::ifstream In(PYCTL_STR_CODEPOINT_CASES);
  EXPECT_TRUE(In.good()) << PYCTL_STR_CODEPOINT_CASES;
  std::stringstream SS;
  SS << In.rdbuf();
  return json::parse(SS.str());
}

/// The str method \p Name of \p Text as the evaluator calls it.
static bool strPredicate(const std::string &Name, const std::string &Text) {
  std::string Out;
  BuiltinContext Ctx{Out, nullptr};
  return callMethod(Value::str(Text), Name, {}, {}, Ctx).asBool();
}

TEST(StrCodePoint, MatchesCPythonOnEveryCodePoint) {
  json T = readTable();
  std::map<char32_t, std::string> Folded;
  for (const json &E : T["casefold"])
    Folded[E[0].get<char32_t>()] = E[1].get<std::string>();
  const std::string &Flags = T["flags"].get_ref<const std::string &>();
  ASSERT_EQ(Flags.size(), 2u * 0x110000);
  std::vector<std::pair<std::string, std::string>> Contexts;
  for (const json &C : T["contexts"])
    Contexts.emplace_back(C[0], C[1]);
  size_t Wrong = 0;
  for (char32_t C = 0; C < 0x110000; ++C) {
    if (C >= 0xD800 && C <= 0xDFFF)
      continue;
    std::string S;
    unicode::appendUTF8(S, C);
    auto It = Folded.find(C);
    std::string Want = It == Folded.end() ? S : It->second;
    if (caseconv::casefold(S) != Want && ++Wrong < 20)
      ADD_FAILURE() << "U+" << std::hex << uint32_t(C) << ".casefold()";
    unsigned Bits = std::stoul(Flags.substr(2 * size_t(C), 2), nullptr, 16);
    for (size_t I = 0; I < Contexts.size(); ++I) {
      std::string Text = Contexts[I].second;
      Text.replace(Text.find("{}"), 2, S);
      if (strPredicate(Contexts[I].first, Text) != bool(Bits & (1u << I)) && ++Wrong < 20)
        ADD_FAILURE() << "U+" << std::hex << uint32_t(C) << " in " << Contexts[I].second << "."
                      << Contexts[I].first << "()";
    }
  }
  EXPECT_EQ(Wrong, 0u);
}

TEST(StrCodePoint, HandPicked) {
  // Expected values from CPython 3.11.
  EXPECT_EQ(caseconv::casefold("Straße ΣΑΣ ǅ ﬁ İ"), "strasse σασ ǆ fi i̇");
  EXPECT_EQ(caseconv::casefold(""), "");
  EXPECT_TRUE(caseconv::istitle("ǅemal Straße"));
  EXPECT_FALSE(caseconv::istitle("ǅǅ"));
  EXPECT_FALSE(caseconv::istitle(""));
  EXPECT_FALSE(caseconv::istitle("1 2"));
  EXPECT_TRUE(caseconv::istitle("Hello 3Rd"));
  EXPECT_FALSE(caseconv::istitle("hello"));
  EXPECT_TRUE(strPredicate("isidentifier", "café_2"));
  EXPECT_TRUE(strPredicate("isidentifier", "名前٣"));
  EXPECT_FALSE(strPredicate("isidentifier", "٣x"));
  EXPECT_FALSE(strPredicate("isidentifier", ""));
  EXPECT_TRUE(strPredicate("isidentifier", "_"));
  EXPECT_TRUE(strPredicate("isidentifier", "ℌ")); // not NFKC-normalised, as CPython
}
