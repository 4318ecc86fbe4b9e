//===- PassPipelineTest.cpp - -passes= parsing ----------------------------===//
#include "pyctl/Passes/PassBuilder.h"

#include <gtest/gtest.h>

using namespace pyctl;

namespace {

std::string parse(const std::string &Text) {
  PassManager PM;
  if (llvm::Error E = parsePassPipeline(PM, Text))
    return "error: " + llvm::toString(std::move(E));
  return PM.pipelineText();
}

TEST(PassPipeline, SingleAndListedPasses) {
  EXPECT_EQ(parse("scope-hoist"), "scope-hoist");
  EXPECT_EQ(parse("scope-hoist,for-to-while"), "scope-hoist,for-to-while");
  EXPECT_EQ(parse(" scope-hoist , name-applications "), "scope-hoist,name-applications");
}

TEST(PassPipeline, AliasesExpand) {
  EXPECT_EQ(parse("anf"), "scope-hoist,for-to-while,name-applications");
  EXPECT_EQ(parse("anf,trace"), "scope-hoist,for-to-while,name-applications,insert-trace");
  EXPECT_EQ(parse("trace"), "insert-trace");
}

TEST(PassPipeline, UnknownNamesListValidOnes) {
  std::string E = parse("anf,bogus");
  EXPECT_NE(E.find("unknown pass name 'bogus' in pipeline 'anf,bogus'"), std::string::npos) << E;
  for (const char *Name : {"scope-hoist", "for-to-while", "name-applications", "insert-trace", "anf", "trace"})
    EXPECT_NE(E.find(Name), std::string::npos) << Name;
}

TEST(PassPipeline, EmptyNamesAreErrors) {
  EXPECT_NE(parse("anf,,trace").find("empty pass name"), std::string::npos);
  EXPECT_NE(parse("").find("empty pass name"), std::string::npos);
}

TEST(PassPipeline, RegistryListsEveryPassOnce) {
  std::set<std::string> Names;
  for (const auto &E : passRegistry()) {
    EXPECT_TRUE(Names.insert(E.Name).second) << E.Name;
    EXPECT_FALSE(E.Description.empty()) << E.Name;
    if (E.Expansion.empty()) {
      EXPECT_NE(createPassByName(E.Name), nullptr) << E.Name;
    }
  }
  EXPECT_EQ(Names.size(), 6u);
}

} // namespace
