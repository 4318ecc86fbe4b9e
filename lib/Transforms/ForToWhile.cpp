//===- ForToWhile.cpp - Lower for loops to while loops --------------------===//
#include "pyctl/Transforms/ForToWhile.h"

#include "pyctl/AST/Scope.h"

#include "llvm/Support/Casting.h"

using namespace pyctl;
using llvm::dyn_cast;

namespace {

class Lowering {
public:
  explicit Lowering(Module &M) : M(M) {}

  /// Rewrites the for loops of one scope body (not of nested defs, which
  /// forEachScope visits on their own); returns the temporaries to declare.
  std::vector<std::string> run(StmtList &Body) {
    Temps.clear();
    lowerList(Body);
    return Temps;
  }

private:
  Module &M;
  std::vector<std::string> Temps;

  static ExprPtr name(const std::string &N, SourceRange R) {
    return std::make_unique<NameExpr>(N, R);
  }

  void lowerList(StmtList &Body) {
    StmtList Out;
    for (auto &SP : Body) {
      if (auto *F = dyn_cast<ForStmt>(SP.get())) {
        lowerFor(*F, Out);
        continue;
      }
      if (auto *I = dyn_cast<IfStmt>(SP.get())) {
        lowerList(I->Then);
        lowerList(I->Else);
      } else if (auto *W = dyn_cast<WhileStmt>(SP.get())) {
        lowerList(W->Body);
        lowerList(W->OrElse);
      } else if (auto *T = dyn_cast<TryStmt>(SP.get())) {
        for (StmtList *B : T->bodies())
          lowerList(*B);
      }
      Out.push_back(std::move(SP));
    }
    Body = std::move(Out);
  }

  void lowerFor(ForStmt &F, StmtList &Out) {
    SourceRange R = F.Range;
    std::string It = M.freshName("_it"), Idx = M.freshName("_i");
    Temps.push_back(It);
    Temps.push_back(Idx);
    // _itN = E
    // _itN = _itN if isinstance(_itN, (list, tuple, str, range)) else list(_itN)
    // _iN = 0
    Out.push_back(std::make_unique<AssignStmt>(name(It, R), std::move(F.Iter), R));
    ExprList SeqTypes;
    for (const char *T : {"list", "tuple", "str", "range"})
      SeqTypes.push_back(name(T, R));
    ExprList IsSeqArgs;
    IsSeqArgs.push_back(name(It, R));
    IsSeqArgs.push_back(std::make_unique<TupleExpr>(std::move(SeqTypes), R));
    ExprList ListArgs;
    ListArgs.push_back(name(It, R));
    Out.push_back(std::make_unique<AssignStmt>(
        name(It, R),
        std::make_unique<IfExpExpr>(std::make_unique<CallExpr>(name("isinstance", R), std::move(IsSeqArgs), R),
                                    name(It, R),
                                    std::make_unique<CallExpr>(name("list", R), std::move(ListArgs), R), R),
        R));
    Out.push_back(std::make_unique<AssignStmt>(name(Idx, R), std::make_unique<IntLitExpr>("0", R), R));
    // while _iN < len(_itN):
    ExprList LenArgs;
    LenArgs.push_back(name(It, R));
    ExprList Operands;
    Operands.push_back(name(Idx, R));
    Operands.push_back(std::make_unique<CallExpr>(name("len", R), std::move(LenArgs), R));
    auto Cond = std::make_unique<CompareExpr>(std::move(Operands), std::vector<std::string>{"<"}, R);
    StmtList Body;
    //     T = _itN[_iN] ; _iN += 1
    Body.push_back(std::make_unique<AssignStmt>(
        std::move(F.Target), std::make_unique<SubscriptExpr>(name(It, R), name(Idx, R), R), R));
    Body.push_back(std::make_unique<AugAssignStmt>(name(Idx, R), "+", std::make_unique<IntLitExpr>("1", R), R));
    lowerList(F.Body);
    for (auto &S : F.Body)
      Body.push_back(std::move(S));
    lowerList(F.OrElse);
    Out.push_back(std::make_unique<WhileStmt>(std::move(Cond), std::move(Body), std::move(F.OrElse), R));
  }
};

} // namespace

void pyctl::lowerForLoops(Module &M, StmtList &Body, std::vector<std::string> &Temps) {
  Lowering L(M);
  for (auto &T : L.run(Body))
    Temps.push_back(T);
}

void ForToWhilePass::run(Module &M) {
  Lowering L(M);
  forEachScope(M, [&](StmtList &Body, FunctionDefStmt *F) {
    std::vector<std::string> Temps = L.run(Body);
    declareAtTop(Body, Temps, F ? F->Range : SourceRange());
  });
}
