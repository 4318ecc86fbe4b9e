//===- ComprehensionReads.cpp - Refuse free reads pyctl cannot match ------===//
#include "pyctl/AST/ComprehensionReads.h"
#include "pyctl/AST/Scope.h"
#include "pyctl/AST/Walk.h"

#include "pyctl/Basic/Diagnostics.h"

#include "llvm/Support/Casting.h"

#include <set>
#include <string>

using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;

namespace {

using NameSet = std::set<std::string>;

NameSet minus(const NameSet &A, const NameSet &B) {
  NameSet Out;
  for (const auto &N : A)
    if (!B.count(N))
      Out.insert(N);
  return Out;
}

/// The names statement \p S may unbind: `del` targets and `except ... as`
/// names anywhere in it (nested defs aside).
void addKills(const Stmt &S, NameSet &Out) {
  auto Block = [&](const StmtList &B) {
    for (const auto &SP : B)
      addKills(*SP, Out);
  };
  switch (S.getKind()) {
  case Stmt::Kind::Del:
    for (const auto &N : targetNames(*cast<DelStmt>(S).Target))
      Out.insert(N);
    break;
  case Stmt::Kind::If: Block(cast<IfStmt>(S).Then); Block(cast<IfStmt>(S).Else); break;
  case Stmt::Kind::While: Block(cast<WhileStmt>(S).Body); Block(cast<WhileStmt>(S).OrElse); break;
  case Stmt::Kind::For: Block(cast<ForStmt>(S).Body); Block(cast<ForStmt>(S).OrElse); break;
  case Stmt::Kind::Try: {
    const auto &T = cast<TryStmt>(S);
    for (const auto &H : T.Handlers)
      if (!H.Name.empty())
        Out.insert(H.Name);
    for (const StmtList *B : T.bodies())
      Block(*B);
    break;
  }
  default: break;
  }
}

class Checker {
public:
  explicit Checker(const FunctionDefStmt &F) : F(F) {
    for (const auto &N : localNames(F))
      Locals.insert(N);
    forEachStmt(F.Body, [&](const Stmt &S) {
      if (const auto *N = dyn_cast<NonlocalStmt>(&S))
        for (const auto &Name : N->Names)
          Unsafe.insert(Name);
    });
  }

  void run() {
    std::vector<std::string> Params = F.allParams();
    block(F.Body, NameSet(Params.begin(), Params.end()));
  }

private:
  const FunctionDefStmt &F;
  NameSet Locals, Unsafe;

  /// Checks \p B entered with \p D surely assigned; returns what is surely
  /// assigned after it.
  NameSet block(const StmtList &B, NameSet D) {
    for (const auto &SP : B)
      D = stmt(*SP, D);
    return D;
  }

  NameSet stmt(const Stmt &S, const NameSet &D) {
    NameSet K;
    addKills(S, K);
    NameSet After = minus(D, K);
    auto Visit = [&](const ExprPtr &E, const NameSet &Sure) {
      if (E)
        expr(*E, Sure);
    };
    switch (S.getKind()) {
    case Stmt::Kind::FunctionDef:
      for (const auto &E : cast<FunctionDefStmt>(S).Defaults)
        Visit(E, D);
      After.insert(cast<FunctionDefStmt>(S).Name);
      return After;
    case Stmt::Kind::If: {
      const auto &I = cast<IfStmt>(S);
      Visit(I.Cond, D);
      NameSet T = block(I.Then, D), E = block(I.Else, D), Both;
      for (const auto &N : T)
        if (E.count(N))
          Both.insert(N);
      return Both;
    }
    case Stmt::Kind::While: {
      const auto &W = cast<WhileStmt>(S);
      Visit(W.Cond, After);
      block(W.Body, After);
      block(W.OrElse, After);
      return After;
    }
    case Stmt::Kind::For: {
      const auto &Fo = cast<ForStmt>(S);
      Visit(Fo.Iter, D);
      NameSet In = After;
      for (const auto &N : targetNames(*Fo.Target))
        In.insert(N);
      Visit(Fo.Target, In);
      block(Fo.Body, In);
      block(Fo.OrElse, After);
      return After;
    }
    case Stmt::Kind::Try: {
      const auto &T = cast<TryStmt>(S);
      block(T.Body, D);
      for (const auto &H : T.Handlers) {
        NameSet In = After;
        if (!H.Name.empty())
          In.insert(H.Name);
        block(H.Body, In);
      }
      block(T.OrElse, After);
      block(T.FinalBody, After);
      return After;
    }
    case Stmt::Kind::Return: Visit(cast<ReturnStmt>(S).Value, D); return After;
    case Stmt::Kind::Assign:
    case Stmt::Kind::AugAssign: {
      const Expr &Target = S.getKind() == Stmt::Kind::Assign ? *cast<AssignStmt>(S).Target
                                                            : *cast<AugAssignStmt>(S).Target;
      Visit(S.getKind() == Stmt::Kind::Assign ? cast<AssignStmt>(S).Value : cast<AugAssignStmt>(S).Value, D);
      expr(Target, D);
      for (const auto &N : targetNames(Target))
        After.insert(N);
      return After;
    }
    case Stmt::Kind::ExprStmt: Visit(cast<ExprStmt>(S).Value, D); return After;
    case Stmt::Kind::Del: Visit(cast<DelStmt>(S).Target, D); return After;
    case Stmt::Kind::Raise: {
      const auto &R = cast<RaiseStmt>(S);
      for (const auto &A : R.Args)
        Visit(A, D);
      Visit(R.Value, D);
      Visit(R.Cause, D);
      return After;
    }
    default: return After;
    }
  }

  /// An expression evaluated in F's own scope.
  void expr(const Expr &E, const NameSet &D) {
    if (const auto *C = dyn_cast<ComprehensionExpr>(&E)) {
      expr(*C->Clauses[0].Iter, D);
      comprehension(*C, NameSet(), D);
      return;
    }
    forEachChild(E, [&](const Expr &Ch) { expr(Ch, D); });
  }

  /// The parts of comprehension \p C that CPython runs in its own scope,
  /// inside comprehensions binding \p Bound.
  void comprehension(const ComprehensionExpr &C, NameSet Bound, const NameSet &D) {
    for (const auto &Cl : C.Clauses)
      for (const auto &N : targetNames(*Cl.Target))
        Bound.insert(N);
    for (size_t I = 0; I < C.Clauses.size(); ++I) {
      if (I > 0)
        inner(*C.Clauses[I].Iter, Bound, D);
      for (const auto &If : C.Clauses[I].Ifs)
        inner(*If, Bound, D);
    }
    inner(*C.Elt, Bound, D);
    if (C.Value)
      inner(*C.Value, Bound, D);
  }

  /// An expression evaluated in a comprehension's own scope.
  void inner(const Expr &E, const NameSet &Bound, const NameSet &D) {
    if (const auto *N = dyn_cast<NameExpr>(&E)) {
      if (!Bound.count(N->Id) && Locals.count(N->Id) && (!D.count(N->Id) || Unsafe.count(N->Id)))
        throw CompileError(N->Range, "unsupported construct: a comprehension reading '" + N->Id +
                                         "', a local variable of '" + F.Name +
                                         "' that may be unassigned here (CPython raises NameError "
                                         "for a free variable, pyctl would raise UnboundLocalError)");
      return;
    }
    if (const auto *C = dyn_cast<ComprehensionExpr>(&E)) {
      inner(*C->Clauses[0].Iter, Bound, D);
      comprehension(*C, Bound, D);
      return;
    }
    forEachChild(E, [&](const Expr &Ch) { inner(Ch, Bound, D); });
  }
};

} // namespace

void pyctl::checkComprehensionReads(const FunctionDefStmt &F) { Checker(F).run(); }
