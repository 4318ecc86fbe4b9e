//===- Walk.cpp - Visiting every node of a tree ---------------------------===//
#include "pyctl/AST/Walk.h"

#include "llvm/Support/Casting.h"

using namespace pyctl;
using llvm::cast;

void pyctl::forEachChildSlot(Expr &E, const std::function<void(ExprPtr &)> &Fn) {
  auto Each = [&](ExprList &Es) {
    for (auto &X : Es)
      Fn(X);
  };
  switch (E.getKind()) {
  case Expr::Kind::Tuple: Each(cast<TupleExpr>(E).Elts); return;
  case Expr::Kind::List: Each(cast<ListExpr>(E).Elts); return;
  case Expr::Kind::Set: Each(cast<SetExpr>(E).Elts); return;
  case Expr::Kind::Subscript:
    Fn(cast<SubscriptExpr>(E).Value);
    Fn(cast<SubscriptExpr>(E).Index);
    return;
  case Expr::Kind::Unary: Fn(cast<UnaryExpr>(E).Operand); return;
  case Expr::Kind::Binary:
    Fn(cast<BinaryExpr>(E).LHS);
    Fn(cast<BinaryExpr>(E).RHS);
    return;
  case Expr::Kind::BoolOp:
    Fn(cast<BoolOpExpr>(E).LHS);
    Fn(cast<BoolOpExpr>(E).RHS);
    return;
  case Expr::Kind::Compare: Each(cast<CompareExpr>(E).Operands); return;
  case Expr::Kind::Call: {
    auto &C = cast<CallExpr>(E);
    Fn(C.Callee);
    Each(C.Args);
    for (auto &K : C.Keywords)
      Fn(K.Value);
    return;
  }
  case Expr::Kind::Attribute: Fn(cast<AttributeExpr>(E).Value); return;
  case Expr::Kind::Slice: {
    auto &S = cast<SliceExpr>(E);
    for (ExprPtr *P : {&S.Lower, &S.Upper, &S.Step})
      if (*P)
        Fn(*P);
    return;
  }
  case Expr::Kind::Dict: {
    auto &D = cast<DictExpr>(E);
    for (size_t I = 0; I < D.Keys.size(); ++I) {
      Fn(D.Keys[I]);
      Fn(D.Values[I]);
    }
    return;
  }
  case Expr::Kind::IfExp:
    Fn(cast<IfExpExpr>(E).Cond);
    Fn(cast<IfExpExpr>(E).Then);
    Fn(cast<IfExpExpr>(E).Else);
    return;
  case Expr::Kind::Starred: Fn(cast<StarredExpr>(E).Value); return;
  case Expr::Kind::Named: Fn(cast<NamedExpr>(E).Value); return;
  case Expr::Kind::Comprehension: {
    auto &C = cast<ComprehensionExpr>(E);
    for (auto &Cl : C.Clauses) {
      Fn(Cl.Target);
      Fn(Cl.Iter);
      Each(Cl.Ifs);
    }
    Fn(C.Elt);
    if (C.Value)
      Fn(C.Value);
    return;
  }
  default: return;
  }
}

void pyctl::forEachChild(const Expr &E, const std::function<void(const Expr &)> &Fn) {
  // The slots are only read here.
  forEachChildSlot(const_cast<Expr &>(E), [&](ExprPtr &C) { Fn(*C); });
}

void pyctl::forEachStmt(const StmtList &Body, const std::function<void(const Stmt &)> &Fn) {
  for (const auto &SP : Body) {
    const Stmt &S = *SP;
    Fn(S);
    switch (S.getKind()) {
    case Stmt::Kind::FunctionDef: forEachStmt(cast<FunctionDefStmt>(S).Body, Fn); break;
    case Stmt::Kind::If:
      forEachStmt(cast<IfStmt>(S).Then, Fn);
      forEachStmt(cast<IfStmt>(S).Else, Fn);
      break;
    case Stmt::Kind::While:
      forEachStmt(cast<WhileStmt>(S).Body, Fn);
      forEachStmt(cast<WhileStmt>(S).OrElse, Fn);
      break;
    case Stmt::Kind::For:
      forEachStmt(cast<ForStmt>(S).Body, Fn);
      forEachStmt(cast<ForStmt>(S).OrElse, Fn);
      break;
    case Stmt::Kind::Try:
      for (const StmtList *B : cast<TryStmt>(S).bodies())
        forEachStmt(*B, Fn);
      break;
    default: break;
    }
  }
}

static void visitExpr(const Expr &E, const std::function<void(const Expr &)> &Fn) {
  Fn(E);
  forEachChild(E, [&](const Expr &C) { visitExpr(C, Fn); });
}

void pyctl::forEachOwnExpr(const Stmt &S, const std::function<void(const Expr &)> &Fn) {
  auto Visit = [&](const ExprPtr &E) {
    if (E)
      Fn(*E);
  };
  switch (S.getKind()) {
  case Stmt::Kind::FunctionDef:
    for (const auto &D : cast<FunctionDefStmt>(S).Defaults) Visit(D);
    break;
  case Stmt::Kind::Return: Visit(cast<ReturnStmt>(S).Value); break;
  case Stmt::Kind::If: Visit(cast<IfStmt>(S).Cond); break;
  case Stmt::Kind::While: Visit(cast<WhileStmt>(S).Cond); break;
  case Stmt::Kind::For:
    Visit(cast<ForStmt>(S).Target);
    Visit(cast<ForStmt>(S).Iter);
    break;
  case Stmt::Kind::Assign:
    Visit(cast<AssignStmt>(S).Target);
    Visit(cast<AssignStmt>(S).Value);
    break;
  case Stmt::Kind::AugAssign:
    Visit(cast<AugAssignStmt>(S).Target);
    Visit(cast<AugAssignStmt>(S).Value);
    break;
  case Stmt::Kind::ExprStmt: Visit(cast<ExprStmt>(S).Value); break;
  case Stmt::Kind::Del: Visit(cast<DelStmt>(S).Target); break;
  case Stmt::Kind::Try:
    for (const auto &H : cast<TryStmt>(S).Handlers) Visit(H.TypeExpr);
    break;
  case Stmt::Kind::Raise: {
    const auto &Ra = cast<RaiseStmt>(S);
    if (Ra.Value && Ra.CallsValue) Visit(Ra.Value);
    for (const auto &A : Ra.Args) Visit(A);
    if (Ra.Value && !Ra.CallsValue) Visit(Ra.Value);
    if (Ra.Cause) Visit(Ra.Cause);
    break;
  }
  default: break;
  }
}

void pyctl::forEachExpr(const StmtList &Body, const std::function<void(const Expr &)> &Fn) {
  forEachStmt(Body, [&](const Stmt &S) { forEachOwnExpr(S, [&](const Expr &E) { visitExpr(E, Fn); }); });
}
