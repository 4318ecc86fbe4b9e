//===- ComprehensionReads.cpp - Comprehensions reading unassigned locals --===//
#include "pyctl/AST/ComprehensionReads.h"
#include "pyctl/AST/Scope.h"
#include "pyctl/AST/Walk.h"

#include "pyctl/Basic/Diagnostics.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include <set>
#include <string>

using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

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

/// Adds to \p Out the targets of the assignment expressions of \p E that
/// surely ran once \p E was evaluated: not those in the right operand of
/// `and`/`or`, an arm of a conditional expression or the parts of a
/// comprehension after its first iterable.
void addSurelyAssigned(const Expr &E, NameSet &Out) {
  if (const auto *N = dyn_cast<NamedExpr>(&E)) {
    addSurelyAssigned(*N->Value, Out);
    Out.insert(N->Target);
    return;
  }
  if (const auto *B = dyn_cast<BoolOpExpr>(&E))
    return addSurelyAssigned(*B->LHS, Out);
  if (const auto *I = dyn_cast<IfExpExpr>(&E))
    return addSurelyAssigned(*I->Cond, Out);
  if (const auto *C = dyn_cast<ComprehensionExpr>(&E))
    return addSurelyAssigned(*C->Clauses[0].Iter, Out);
  forEachChild(E, [&](const Expr &Ch) { addSurelyAssigned(Ch, Out); });
}

/// True when \p E holds an assignment expression.
bool hasNamedExpr(const Expr &E) {
  if (isa<NamedExpr>(E))
    return true;
  bool Found = false;
  forEachChild(E, [&](const Expr &Ch) { Found = Found || hasNamedExpr(Ch); });
  return Found;
}

class Lifter {
public:
  Lifter(FunctionDefStmt &F, Module &M) : F(F), M(M) {
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
  FunctionDefStmt &F;
  Module &M;
  NameSet Locals, Unsafe;

  /// Walks \p B entered with \p D surely assigned, putting the functions
  /// lifted from a statement's own expressions just before it; returns what is
  /// surely assigned after it.
  NameSet block(StmtList &B, NameSet D) {
    for (size_t I = 0; I < B.size(); ++I) {
      StmtList Lifted;
      D = stmt(*B[I], D, Lifted);
      for (auto &L : Lifted)
        B.insert(B.begin() + static_cast<std::ptrdiff_t>(I++), std::move(L));
    }
    return D;
  }

  NameSet stmt(Stmt &S, const NameSet &D, StmtList &Lifted) {
    NameSet After = stmtFlow(S, D, Lifted);
    // What its own expressions' walruses surely bound (a condition's before
    // either branch; a loop's condition or iterable runs at least once),
    // unless the statement may unbind it again.
    NameSet Walrus, K;
    forEachOwnExpr(S, [&](const Expr &E) { addSurelyAssigned(E, Walrus); });
    addKills(S, K);
    for (const auto &N : minus(Walrus, K))
      After.insert(N);
    return After;
  }

  NameSet stmtFlow(Stmt &S, const NameSet &D0, StmtList &Lifted) {
    NameSet D = D0;
    if (const auto *I = dyn_cast<IfStmt>(&S))
      addSurelyAssigned(*I->Cond, D);
    NameSet K;
    addKills(S, K);
    NameSet After = minus(D, K);
    auto Visit = [&](ExprPtr &E, const NameSet &Sure) {
      if (E)
        expr(E, Sure, Lifted);
    };
    switch (S.getKind()) {
    case Stmt::Kind::FunctionDef:
      for (auto &E : cast<FunctionDefStmt>(S).Defaults)
        Visit(E, D);
      After.insert(cast<FunctionDefStmt>(S).Name);
      return After;
    case Stmt::Kind::If: {
      auto &I = cast<IfStmt>(S);
      Visit(I.Cond, D0);
      NameSet T = block(I.Then, D), E = block(I.Else, D), Both;
      for (const auto &N : T)
        if (E.count(N))
          Both.insert(N);
      return Both;
    }
    case Stmt::Kind::While: {
      auto &W = cast<WhileStmt>(S);
      Visit(W.Cond, After);
      block(W.Body, After);
      block(W.OrElse, After);
      return After;
    }
    case Stmt::Kind::For: {
      auto &Fo = cast<ForStmt>(S);
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
      auto &T = cast<TryStmt>(S);
      block(T.Body, D);
      for (auto &H : T.Handlers) {
        Visit(H.TypeExpr, After);
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
      // The value is read first, then the target (an augmented target is read too).
      ExprPtr &Value = isa<AssignStmt>(S) ? cast<AssignStmt>(S).Value : cast<AugAssignStmt>(S).Value;
      ExprPtr &Target = isa<AssignStmt>(S) ? cast<AssignStmt>(S).Target : cast<AugAssignStmt>(S).Target;
      Visit(Value, D);
      Visit(Target, D);
      for (const auto &N : targetNames(*Target))
        After.insert(N);
      return After;
    }
    case Stmt::Kind::ExprStmt: Visit(cast<ExprStmt>(S).Value, D); return After;
    case Stmt::Kind::Del: Visit(cast<DelStmt>(S).Target, D); return After;
    case Stmt::Kind::Raise: {
      auto &R = cast<RaiseStmt>(S);
      if (R.CallsValue)
        Visit(R.Value, D);
      for (auto &A : R.Args)
        Visit(A, D);
      if (!R.CallsValue)
        Visit(R.Value, D);
      Visit(R.Cause, D);
      return After;
    }
    default: return After;
    }
  }

  /// An expression evaluated in F's own scope: lifts each comprehension in it
  /// that reads a local of F which may be unassigned (into \p Lifted).
  void expr(ExprPtr &E, const NameSet &D, StmtList &Lifted) {
    if (auto *C = dyn_cast<ComprehensionExpr>(E.get())) {
      expr(C->Clauses[0].Iter, D, Lifted);
      NameSet DD = D;
      if (readsUnassigned(*C, NameSet(), DD)) {
        // Its walrus would have to bind in F from the function made here.
        if (hasNamedExpr(*E))
          throw CompileError(E->Range, "unsupported construct: assignment expression ':=' in a comprehension "
                                       "that reads a local variable which may be unassigned there");
        E = lift(std::move(E), Lifted);
      }
      return;
    }
    forEachChildSlot(*E, [&](ExprPtr &Ch) { expr(Ch, D, Lifted); });
  }

  /// True when the parts of comprehension \p C that CPython runs in its own
  /// scope (inside comprehensions binding \p Bound) read a local of F that may
  /// be unassigned. \p D grows by the targets of walruses evaluated on the
  /// way, in evaluation order (they bind F's locals): `[y for x in xs if
  /// (y := f(x))]` reads y only after binding it.
  bool readsUnassigned(const ComprehensionExpr &C, NameSet Bound, NameSet &D) {
    for (const auto &Cl : C.Clauses)
      for (const auto &N : targetNames(*Cl.Target))
        Bound.insert(N);
    bool Found = false;
    for (size_t I = 0; I < C.Clauses.size(); ++I) {
      if (I > 0)
        Found |= inner(*C.Clauses[I].Iter, Bound, D);
      for (const auto &If : C.Clauses[I].Ifs)
        Found |= inner(*If, Bound, D);
    }
    Found |= inner(*C.Elt, Bound, D);
    if (C.Value)
      Found |= inner(*C.Value, Bound, D);
    return Found;
  }

  /// True when expression \p E, evaluated in a comprehension's own scope,
  /// reads a local of F that may be unassigned; adds to \p D the walrus
  /// targets it surely binds, in evaluation order.
  bool inner(const Expr &E, const NameSet &Bound, NameSet &D) {
    if (const auto *N = dyn_cast<NameExpr>(&E))
      return !Bound.count(N->Id) && Locals.count(N->Id) && (!D.count(N->Id) || Unsafe.count(N->Id));
    if (const auto *W = dyn_cast<NamedExpr>(&E)) {
      bool Found = inner(*W->Value, Bound, D);
      D.insert(W->Target);
      return Found;
    }
    if (const auto *C = dyn_cast<ComprehensionExpr>(&E)) {
      bool Found = inner(*C->Clauses[0].Iter, Bound, D);
      NameSet Maybe = D; // its other parts may run no time
      return readsUnassigned(*C, Bound, Maybe) || Found;
    }
    if (const auto *B = dyn_cast<BoolOpExpr>(&E)) {
      bool Found = inner(*B->LHS, Bound, D);
      NameSet Maybe = D;
      return inner(*B->RHS, Bound, Maybe) || Found;
    }
    if (const auto *I = dyn_cast<IfExpExpr>(&E)) {
      bool Found = inner(*I->Cond, Bound, D);
      NameSet A = D, B = D;
      Found |= inner(*I->Then, Bound, A);
      return inner(*I->Else, Bound, B) || Found;
    }
    bool Found = false;
    forEachChild(E, [&](const Expr &Ch) { Found |= inner(Ch, Bound, D); });
    return Found;
  }

  /// Comprehension \p E as the function CPython 3.11 makes of it,
  ///
  ///     def _listcompN(_compargN):        # __qualname__ F.<locals>.<listcomp>
  ///         return [E for T in _compargN ...]
  ///
  /// (put in \p Lifted), called with the first iterable, which stays in F's
  /// scope: the call `_listcompN(I1)`. The comprehension in its body reads
  /// F's locals as free variables, so an unassigned one raises CPython's
  /// NameError; it stays an expression there (name-applications lowers it).
  ExprPtr lift(ExprPtr E, StmtList &Lifted) {
    auto &C = cast<ComprehensionExpr>(*E);
    SourceRange R = C.Range;
    bool IsDict = C.IsDict;
    std::string Name = M.freshName(IsDict ? "_dictcomp" : C.IsSet ? "_setcomp" : "_listcomp");
    std::string Param = M.freshName("_comparg");
    ExprList Args;
    Args.push_back(std::move(C.Clauses[0].Iter));
    C.Clauses[0].Iter = std::make_unique<NameExpr>(Param, R);
    StmtList Body;
    Body.push_back(std::make_unique<ReturnStmt>(std::move(E), R));
    auto Def = std::make_unique<FunctionDefStmt>(Name, std::vector<std::string>{Param}, std::move(Body), R);
    // A comprehension's own function is no function scope of a qualname.
    const std::string &Outer = F.qualName();
    bool InComprehension = llvm::StringRef(Outer).endswith("<listcomp>") ||
                           llvm::StringRef(Outer).endswith("<dictcomp>") ||
                           llvm::StringRef(Outer).endswith("<setcomp>");
    Def->QualName = Outer + (InComprehension ? "." : ".<locals>.") + C.scopeName();
    Lifted.push_back(std::move(Def));
    return std::make_unique<CallExpr>(std::make_unique<NameExpr>(Name, R), std::move(Args), R);
  }
};

} // namespace

void pyctl::liftComprehensionReads(FunctionDefStmt &F, Module &M) { Lifter(F, M).run(); }

namespace {

/// True when \p E reads a name of \p Unbound (comprehension variables not
/// bound yet where \p E is evaluated), nested comprehensions included.
bool readsAny(const Expr &E, const NameSet &Unbound);

/// True when storing to target \p T reads a name of \p Unbound (the value
/// and index of a subscript, the object of an attribute).
bool targetReads(const Expr &T, const NameSet &Unbound) {
  if (llvm::isa<NameExpr>(T))
    return false;
  if (llvm::isa<TupleExpr>(T) || llvm::isa<ListExpr>(T) || llvm::isa<StarredExpr>(T)) {
    bool Found = false;
    forEachChild(T, [&](const Expr &Ch) { Found = Found || targetReads(Ch, Unbound); });
    return Found;
  }
  return readsAny(T, Unbound);
}

/// True when comprehension \p C, evaluated where the variables \p Outer of
/// enclosing comprehensions are not bound yet, reads one of them or one of
/// its own variables before the clause that binds it.
bool readsEarly(const ComprehensionExpr &C, const NameSet &Outer) {
  if (readsAny(*C.Clauses[0].Iter, Outer))
    return true;
  NameSet Unbound = Outer;
  for (const auto &Cl : C.Clauses)
    for (const auto &N : targetNames(*Cl.Target))
      Unbound.insert(N);
  for (size_t I = 0; I < C.Clauses.size(); ++I) {
    const ComprehensionClause &Cl = C.Clauses[I];
    if (I > 0 && readsAny(*Cl.Iter, Unbound))
      return true;
    if (targetReads(*Cl.Target, Unbound))
      return true;
    for (const auto &N : targetNames(*Cl.Target))
      Unbound.erase(N);
    for (const auto &If : Cl.Ifs)
      if (readsAny(*If, Unbound))
        return true;
  }
  return readsAny(*C.Elt, Unbound) || (C.Value && readsAny(*C.Value, Unbound));
}

bool readsAny(const Expr &E, const NameSet &Unbound) {
  if (Unbound.empty())
    return false;
  if (const auto *N = dyn_cast<NameExpr>(&E))
    return Unbound.count(N->Id) != 0;
  if (const auto *C = dyn_cast<ComprehensionExpr>(&E))
    return readsEarly(*C, Unbound);
  bool Found = false;
  forEachChild(E, [&](const Expr &Ch) { Found = Found || readsAny(Ch, Unbound); });
  return Found;
}

} // namespace

bool pyctl::readsVariableEarly(const ComprehensionExpr &C) { return readsEarly(C, NameSet()); }
