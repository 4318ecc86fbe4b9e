//===- PassBuilder.cpp - Pipeline text parsing ----------------------------===//
#include "pyctl/Passes/PassBuilder.h"

#include "pyctl/Transforms/ForToWhile.h"
#include "pyctl/Transforms/InsertTrace.h"
#include "pyctl/Transforms/NameApplications.h"
#include "pyctl/Transforms/ScopeHoist.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace pyctl;

const std::vector<PassRegistryEntry> &pyctl::passRegistry() {
  static const std::vector<PassRegistryEntry> Entries = [] {
    std::vector<PassRegistryEntry> E;
#define MODULE_PASS(NAME, CLASS, DESC) E.push_back({NAME, DESC, ""});
#define PIPELINE_ALIAS(NAME, EXPANSION, DESC) E.push_back({NAME, DESC, EXPANSION});
#include "pyctl/Passes/PassRegistry.def"
    return E;
  }();
  return Entries;
}

std::unique_ptr<PassConcept> pyctl::createPassByName(llvm::StringRef Name) {
#define MODULE_PASS(NAME, CLASS, DESC)                                                             \
  if (Name == NAME)                                                                                \
    return std::make_unique<PassModel<CLASS>>(CLASS());
#include "pyctl/Passes/PassRegistry.def"
  return nullptr;
}

static llvm::Error expand(llvm::StringRef Text, llvm::StringRef Whole,
                          std::vector<std::unique_ptr<PassConcept>> &Out) {
  llvm::SmallVector<llvm::StringRef, 8> Names;
  Text.split(Names, ',');
  for (llvm::StringRef Raw : Names) {
    llvm::StringRef Name = Raw.trim();
    if (Name.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "empty pass name in pipeline '%s'", Whole.str().c_str());
    if (auto P = createPassByName(Name)) {
      Out.push_back(std::move(P));
      continue;
    }
    bool Found = false;
    for (const auto &E : passRegistry())
      if (!E.Expansion.empty() && E.Name == Name) {
        if (auto Err = expand(E.Expansion, Whole, Out))
          return Err;
        Found = true;
      }
    if (Found)
      continue;
    std::string Valid;
    for (const auto &E : passRegistry())
      Valid += (Valid.empty() ? "" : ", ") + E.Name;
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unknown pass name '%s' in pipeline '%s' (valid names: %s)",
                                   Name.str().c_str(), Whole.str().c_str(), Valid.c_str());
  }
  return llvm::Error::success();
}

llvm::Error pyctl::parsePassPipeline(PassManager &PM, llvm::StringRef Text) {
  std::vector<std::unique_ptr<PassConcept>> Passes;
  if (auto Err = expand(Text, Text, Passes))
    return Err;
  for (auto &P : Passes)
    PM.addPass(std::move(P));
  return llvm::Error::success();
}
