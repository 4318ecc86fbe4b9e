//===- ScopeHoist.cpp - Declare every local at the top of its scope -------===//
#include "pyctl/Transforms/ScopeHoist.h"

#include "pyctl/AST/Scope.h"
#include "pyctl/Basic/Diagnostics.h"

#include "llvm/Support/Casting.h"

#include <algorithm>

using namespace pyctl;

void ScopeHoistPass::run(Module &M) {
  ScopeAnalysis Scopes(M); // also checks global/nonlocal declarations
  std::vector<std::string> ModuleNames = Scopes.moduleNames();
  forEachScope(M, [&](StmtList &Body, FunctionDefStmt *F) {
    std::vector<std::string> Names;
    if (!F) {
      Names = ModuleNames;
    } else {
      std::vector<std::string> Params = F->allParams();
      for (const auto &N : localNames(*F))
        if (std::find(Params.begin(), Params.end(), N) == Params.end())
          Names.push_back(N);
    }
    SourceRange R = F ? F->Range : (Body.empty() ? SourceRange() : Body.front()->Range);
    declareAtTop(Body, Names, R);
  });
}
