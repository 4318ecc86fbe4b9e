//===- ScopeHoist.cpp - Declare every local at the top of its scope -------===//
#include "pyctl/Transforms/ScopeHoist.h"

#include "pyctl/AST/Scope.h"
#include "pyctl/Basic/Diagnostics.h"

#include "llvm/Support/Casting.h"

using namespace pyctl;

namespace {

/// Rejects nested functions that read a local of an enclosing function: such
/// a read is a closure capture, which the tracers do not record yet.
void checkNoCaptures(const StmtList &Body, const std::set<std::string> &EnclosingLocals,
                     const std::string &EnclosingName) {
  for (const auto &SP : Body) {
    const Stmt &S = *SP;
    if (const auto *F = llvm::dyn_cast<FunctionDefStmt>(&S)) {
      std::vector<std::string> Own = localNames(*F);
      std::set<std::string> OwnSet(Own.begin(), Own.end());
      if (!EnclosingLocals.empty())
        for (const auto &Read : readNames(F->Body))
          if (!OwnSet.count(Read) && EnclosingLocals.count(Read))
            throw CompileError(F->Range, "unsupported construct: closure: function '" + F->Name +
                                             "' reads '" + Read + "', a local of enclosing function '" +
                                             EnclosingName + "'");
      checkNoCaptures(F->Body, OwnSet, F->Name);
      continue;
    }
    if (const auto *I = llvm::dyn_cast<IfStmt>(&S)) {
      checkNoCaptures(I->Then, EnclosingLocals, EnclosingName);
      checkNoCaptures(I->Else, EnclosingLocals, EnclosingName);
    } else if (const auto *W = llvm::dyn_cast<WhileStmt>(&S)) {
      checkNoCaptures(W->Body, EnclosingLocals, EnclosingName);
      checkNoCaptures(W->OrElse, EnclosingLocals, EnclosingName);
    } else if (const auto *Fo = llvm::dyn_cast<ForStmt>(&S)) {
      checkNoCaptures(Fo->Body, EnclosingLocals, EnclosingName);
      checkNoCaptures(Fo->OrElse, EnclosingLocals, EnclosingName);
    }
  }
}

} // namespace

void ScopeHoistPass::run(Module &M) {
  checkNoCaptures(M.Body, {}, "");
  forEachScope(M, [](StmtList &Body, FunctionDefStmt *F) {
    std::vector<std::string> Names;
    for (const auto &N : boundNames(Body))
      if (!F || std::find(F->Params.begin(), F->Params.end(), N) == F->Params.end())
        Names.push_back(N);
    SourceRange R = F ? F->Range : (Body.empty() ? SourceRange() : Body.front()->Range);
    declareAtTop(Body, Names, R);
  });
}
