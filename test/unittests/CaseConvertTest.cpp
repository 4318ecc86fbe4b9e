//===- CaseConvertTest.cpp - str case methods vs CPython ------------------===//
//
// The table runtime/rust/tests/str_method_cases.json is made by
// utils/gen_str_method_cases.py from CPython 3.11's own str methods (the Rust
// runtime's test reads the same file): random texts over every cased,
// case-ignorable and special-cased character, capital sigmas in every
// context, and hand-picked words, with each method's result.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/CaseConvert.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace pyctl;
using nlohmann::json;

TEST(CaseConvert, MatchesCPythonTable) {
  std::string Path = std::string(PYCTL_SOURCE_DIR) + "/runtime/rust/tests/str_method_cases.json";
  std::ifstream In(Path);
  ASSERT_TRUE(In.good()) << Path;
  std::stringstream SS;
  SS << In.rdbuf();
  json T = json::parse(SS.str());
  ASSERT_GT(T["cases"].size(), 1000u);
  std::pair<const char *, std::string (*)(std::string_view)> Methods[] = {
      {"lower", caseconv::lower},   {"upper", caseconv::upper},
      {"capitalize", caseconv::capitalize}, {"title", caseconv::title},
      {"swapcase", caseconv::swapcase}};
  for (const json &C : T["cases"]) {
    std::string Recv = C["recv"];
    for (auto &[Name, Fn] : Methods)
      EXPECT_EQ(Fn(Recv), C[Name].get<std::string>()) << json(Recv).dump() << "." << Name << "()";
  }
}

TEST(CaseConvert, HandPicked) {
  // Expected texts from CPython 3.11.
  EXPECT_EQ(caseconv::lower("ΑΣ ΣΑ Σ A'Σ' ΑΣ.Α"), "ας σα σ a'ς' ασ.α");
  EXPECT_EQ(caseconv::title("ǆemal straße ΣΑΣ o'neil 3rd"), "ǅemal Straße Σας O'Neil 3Rd");
  EXPECT_EQ(caseconv::title("ß"), "Ss");
  EXPECT_EQ(caseconv::capitalize("ǆΑΣ"), "ǅας");
  EXPECT_EQ(caseconv::capitalize("ﬁx"), "Fix");
  EXPECT_EQ(caseconv::swapcase("ǅ Straße ΑΣ İ"), "ǅ sTRASSE ας i̇");
  EXPECT_EQ(caseconv::title(""), "");
  EXPECT_EQ(caseconv::title("hello WORLD 3rd"), "Hello World 3Rd");
  // A lone surrogate is uncased and unchanged (stored as generalised UTF-8).
  EXPECT_EQ(caseconv::swapcase("\xED\xA0\x80" "a"), "\xED\xA0\x80" "A");
}
