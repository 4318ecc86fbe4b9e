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
      }
      Out.push_back(std::move(SP));
    }
    Body = std::move(Out);
  }

  static ExprPtr call(const char *Callee, ExprList Args, SourceRange R) {
    return std::make_unique<CallExpr>(name(Callee, R), std::move(Args), R);
  }

  /// `_vN is _sN`: the loop's iterator is exhausted.
  static ExprPtr isSentinel(const std::string &V, const std::string &S, SourceRange R) {
    ExprList Operands;
    Operands.push_back(name(V, R));
    Operands.push_back(name(S, R));
    return std::make_unique<CompareExpr>(std::move(Operands), std::vector<std::string>{"is"}, R);
  }

  void lowerFor(ForStmt &F, StmtList &Out) {
    SourceRange R = F.Range;
    std::string It = M.freshName("_it"), Sentinel = M.freshName("_s"), Item = M.freshName("_v");
    Temps.push_back(It);
    Temps.push_back(Sentinel);
    Temps.push_back(Item);
    // _itN = iter(E)
    // _sN = []
    ExprList IterArgs;
    IterArgs.push_back(std::move(F.Iter));
    Out.push_back(std::make_unique<AssignStmt>(name(It, R), call("iter", std::move(IterArgs), R), R));
    Out.push_back(std::make_unique<AssignStmt>(name(Sentinel, R), std::make_unique<ListExpr>(ExprList(), R), R));
    // while True:
    //     _vN = next(_itN, _sN)
    //     if _vN is _sN: break
    //     T = _vN
    //     B
    StmtList Body;
    ExprList NextArgs;
    NextArgs.push_back(name(It, R));
    NextArgs.push_back(name(Sentinel, R));
    Body.push_back(std::make_unique<AssignStmt>(name(Item, R), call("next", std::move(NextArgs), R), R));
    StmtList Exit;
    Exit.push_back(std::make_unique<BreakStmt>(R));
    Body.push_back(std::make_unique<IfStmt>(isSentinel(Item, Sentinel, R), std::move(Exit), StmtList(), R));
    Body.push_back(std::make_unique<AssignStmt>(std::move(F.Target), name(Item, R), R));
    lowerList(F.Body);
    for (auto &S : F.Body)
      Body.push_back(std::move(S));
    Out.push_back(std::make_unique<WhileStmt>(std::make_unique<BoolLitExpr>(true, R), std::move(Body),
                                              StmtList(), R));
    // if _vN is _sN: O   (the loop ended without `break`)
    lowerList(F.OrElse);
    if (!F.OrElse.empty())
      Out.push_back(std::make_unique<IfStmt>(isSentinel(Item, Sentinel, R), std::move(F.OrElse), StmtList(), R));
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
