//===- NameApplications.cpp - A-normal form for calls ---------------------===//
//
// flatten() turns an expression into (statements to run first, a residual
// expression free of user calls). Whenever a later operand needs statements,
// the residuals of the operands before it are saved in temporaries first, so
// the program still evaluates left to right.
//
//===----------------------------------------------------------------------===//
#include "pyctl/Transforms/NameApplications.h"

#include "pyctl/AST/Scope.h"
#include "pyctl/AST/Walk.h"
#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Transforms/ForToWhile.h"

#include "llvm/Support/Casting.h"

#include <functional>

using namespace pyctl;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {

bool isAtomic(const Expr &E);

/// Whether the module being normalised may map a user function (mayMapUserFunctions):
/// then every call that may pull from an iterator is a statement of its own.
thread_local bool PullsEnabled = false;

/// A builtin call that may call back a user function, through a key= or by
/// pulling from a map/filter: it is made a statement of its own.
bool liftsCall(const Expr &E) {
  return isCallbackCall(E) || (PullsEnabled && isPullingCallShape(E));
}

/// True when E must be rewritten: it calls a user function, or it is a
/// comparison chain whose middle operand is not atomic (the trace IR spells
/// `a < b < c` as `a < b and b < c`, so b must be safe to evaluate twice).
bool containsUserCall(const Expr &E) {
  // Comprehensions are always lowered to loops and assignment expressions
  // to statements; a builtin that calls back a user function is a statement
  // of its own, as a user call is.
  if (isUserCall(E) || liftsCall(E) || isa<ComprehensionExpr, NamedExpr>(E))
    return true;
  if (const auto *C = dyn_cast<CompareExpr>(&E))
    for (size_t I = 1; I + 1 < C->Operands.size(); ++I)
      if (!isAtomic(*C->Operands[I]))
        return true;
  bool Found = false;
  forEachChild(E, [&](const Expr &Child) { Found = Found || containsUserCall(Child); });
  return Found;
}

/// Renames variables in an expression (the targets of a comprehension being
/// lowered, which Python keeps local to it). A nested comprehension binding
/// a name again shadows the renaming inside it, except in its first
/// iterable, which Python evaluates in the enclosing scope.
void renameVars(Expr &E, const std::map<std::string, std::string> &Map) {
  auto Each = [&](ExprList &Es) {
    for (auto &X : Es)
      renameVars(*X, Map);
  };
  switch (E.getKind()) {
  case Expr::Kind::Name: {
    auto &N = cast<NameExpr>(E);
    auto It = Map.find(N.Id);
    if (It != Map.end())
      N.Id = It->second;
    return;
  }
  case Expr::Kind::Tuple: Each(cast<TupleExpr>(E).Elts); return;
  case Expr::Kind::List: Each(cast<ListExpr>(E).Elts); return;
  case Expr::Kind::Set: Each(cast<SetExpr>(E).Elts); return;
  case Expr::Kind::Subscript:
    renameVars(*cast<SubscriptExpr>(E).Value, Map);
    renameVars(*cast<SubscriptExpr>(E).Index, Map);
    return;
  case Expr::Kind::Unary: renameVars(*cast<UnaryExpr>(E).Operand, Map); return;
  case Expr::Kind::Binary:
    renameVars(*cast<BinaryExpr>(E).LHS, Map);
    renameVars(*cast<BinaryExpr>(E).RHS, Map);
    return;
  case Expr::Kind::BoolOp:
    renameVars(*cast<BoolOpExpr>(E).LHS, Map);
    renameVars(*cast<BoolOpExpr>(E).RHS, Map);
    return;
  case Expr::Kind::Compare: Each(cast<CompareExpr>(E).Operands); return;
  case Expr::Kind::Call:
    renameVars(*cast<CallExpr>(E).Callee, Map);
    Each(cast<CallExpr>(E).Args);
    for (auto &K : cast<CallExpr>(E).Keywords)
      renameVars(*K.Value, Map);
    return;
  case Expr::Kind::Attribute: renameVars(*cast<AttributeExpr>(E).Value, Map); return;
  case Expr::Kind::Slice: {
    auto &S = cast<SliceExpr>(E);
    for (ExprPtr *P : {&S.Lower, &S.Upper, &S.Step})
      if (*P) renameVars(**P, Map);
    return;
  }
  case Expr::Kind::Dict:
    Each(cast<DictExpr>(E).Keys);
    Each(cast<DictExpr>(E).Values);
    return;
  case Expr::Kind::IfExp:
    renameVars(*cast<IfExpExpr>(E).Cond, Map);
    renameVars(*cast<IfExpExpr>(E).Then, Map);
    renameVars(*cast<IfExpExpr>(E).Else, Map);
    return;
  case Expr::Kind::Starred: renameVars(*cast<StarredExpr>(E).Value, Map); return;
  // The target is never a comprehension variable (CPython's SyntaxError,
  // checked by the front end): it binds in the enclosing function.
  case Expr::Kind::Named: renameVars(*cast<NamedExpr>(E).Value, Map); return;
  case Expr::Kind::Comprehension: {
    auto &C = cast<ComprehensionExpr>(E);
    renameVars(*C.Clauses[0].Iter, Map);
    std::map<std::string, std::string> Inner = Map;
    for (auto &Cl : C.Clauses) {
      for (const auto &N : targetNames(*Cl.Target))
        Inner.erase(N);
      if (&Cl != &C.Clauses[0])
        renameVars(*Cl.Iter, Inner);
      for (auto &X : Cl.Ifs)
        renameVars(*X, Inner);
    }
    renameVars(*C.Elt, Inner);
    if (C.Value)
      renameVars(*C.Value, Inner);
    return;
  }
  default: return;
  }
}

/// Literals can move past a call: evaluating them has no effect and cannot raise.
bool isConstant(const Expr &E) {
  return isa<IntLitExpr, FloatLitExpr, StrLitExpr, BoolLitExpr, NoneLitExpr>(E);
}

/// Names and literals: evaluating them twice gives the same value and effects.
bool isAtomic(const Expr &E) { return isConstant(E) || isa<NameExpr>(E); }

bool containsLoopExit(const StmtList &Body) {
  for (const auto &S : Body) {
    if (isa<BreakStmt, ContinueStmt>(*S))
      return true;
    if (const auto *I = dyn_cast<IfStmt>(S.get()))
      if (containsLoopExit(I->Then) || containsLoopExit(I->Else))
        return true;
    if (const auto *T = dyn_cast<TryStmt>(S.get()))
      for (const StmtList *B : T->bodies())
        if (containsLoopExit(*B))
          return true;
    // break/continue inside a nested loop belong to that loop.
  }
  return false;
}

class ANF {
public:
  explicit ANF(Module &M) : M(M) {}

  std::vector<std::string> run(StmtList &Body) {
    Temps.clear();
    Body = stmts(std::move(Body));
    return Temps;
  }

private:
  Module &M;
  std::vector<std::string> Temps;
  /// Temporaries made here: assigned once per use, so they need no re-saving.
  std::set<std::string> OwnTemps;

  std::string temp() {
    std::string T = M.freshName("_t");
    Temps.push_back(T);
    OwnTemps.insert(T);
    return T;
  }
  static ExprPtr nameRef(const std::string &N, SourceRange R) { return std::make_unique<NameExpr>(N, R); }
  static StmtPtr assign(const std::string &N, ExprPtr V, SourceRange R) {
    return std::make_unique<AssignStmt>(nameRef(N, R), std::move(V), R);
  }

  /// Saves a residual in a temporary unless it is safe to evaluate later.
  ExprPtr save(ExprPtr E, StmtList &Pre) {
    if (isConstant(*E))
      return E;
    if (isa<StarredExpr>(*E)) {
      // `*a` before a call: unpack it now, into a list (`_t = [*a]`), then spread that.
      SourceRange R = E->Range;
      ExprList Items;
      Items.push_back(std::move(E));
      std::string T = temp();
      Pre.push_back(assign(T, std::make_unique<ListExpr>(std::move(Items), R), R));
      return std::make_unique<StarredExpr>(nameRef(T, R), R);
    }
    // Our temporaries are assigned once; builtin names cannot be rebound.
    if (auto *N = dyn_cast<NameExpr>(E.get()))
      if (OwnTemps.count(N->Id) || isBuiltinName(N->Id))
        return E;
    SourceRange R = E->Range;
    std::string T = temp();
    Pre.push_back(assign(T, std::move(E), R));
    return nameRef(T, R);
  }

  /// Flattens operands evaluated left to right, in place. \p AfterFirst runs
  /// once, when an operand after the first needs statements: after the
  /// operands before it are saved, before its statements.
  void flattenSeq(std::vector<ExprPtr *> Operands, StmtList &Pre,
                  const std::function<void(StmtList &)> &AfterFirst = nullptr) {
    bool HookRan = false;
    for (size_t I = 0; I < Operands.size(); ++I) {
      StmtList Mine;
      *Operands[I] = flatten(std::move(*Operands[I]), Mine);
      if (Mine.empty())
        continue;
      for (size_t J = 0; J < I; ++J)
        *Operands[J] = save(std::move(*Operands[J]), Pre);
      if (I > 0 && AfterFirst && !HookRan) {
        AfterFirst(Pre);
        HookRan = true;
      }
      for (auto &S : Mine)
        Pre.push_back(std::move(S));
    }
  }

  /// The operands of call \p C in evaluation order: the callee (a method's
  /// receiver) when \p WithCallee, the positional arguments, the keyword
  /// values and `**` mappings. A lone `*a` (the only positional argument) is
  /// iterated by CPython only when the call is made, after the keywords, so
  /// its operand `a` is the operand (saved as it is, not unpacked early);
  /// other `*a` are unpacked where they stand (save() makes `_t = [*a]`).
  /// A `**m` is merged where it stands, which a temporary cannot reproduce:
  /// a user call in an argument after it is refused.
  std::vector<ExprPtr *> callOperands(CallExpr &C, bool WithCallee) {
    std::vector<ExprPtr *> Ops;
    if (WithCallee) {
      if (auto *Method = dyn_cast<AttributeExpr>(C.Callee.get()))
        Ops.push_back(&Method->Value);
      else
        Ops.push_back(&C.Callee);
    }
    bool LoneStar = C.Args.size() == 1 && isa<StarredExpr>(*C.Args[0]);
    for (auto &X : C.Args)
      Ops.push_back(LoneStar ? &cast<StarredExpr>(*X).Value : &X);
    bool AfterDoubleStar = false;
    for (auto &K : C.Keywords) {
      if (AfterDoubleStar && containsUserCall(*K.Value))
        throw CompileError(K.Value->Range, "unsupported construct: a call of a user function in an "
                                           "argument after '**' unpacking");
      AfterDoubleStar |= K.isDoubleStar();
      Ops.push_back(&K.Value);
    }
    return Ops;
  }

  /// Returns the residual of \p E; statements that must run first go to Pre.
  ExprPtr flatten(ExprPtr E, StmtList &Pre) {
    if (!containsUserCall(*E))
      return E;
    SourceRange R = E->Range;
    switch (E->getKind()) {
    case Expr::Kind::Tuple: {
      auto &T = cast<TupleExpr>(*E);
      std::vector<ExprPtr *> Ops;
      for (auto &X : T.Elts) Ops.push_back(&X);
      flattenSeq(Ops, Pre);
      return E;
    }
    case Expr::Kind::List: {
      auto &L = cast<ListExpr>(*E);
      std::vector<ExprPtr *> Ops;
      for (auto &X : L.Elts) Ops.push_back(&X);
      flattenSeq(Ops, Pre);
      return E;
    }
    case Expr::Kind::Set: {
      std::vector<ExprPtr *> Ops;
      for (auto &X : cast<SetExpr>(*E).Elts) Ops.push_back(&X);
      flattenSeq(Ops, Pre);
      return E;
    }
    case Expr::Kind::Subscript: {
      auto &S = cast<SubscriptExpr>(*E);
      flattenSeq({&S.Value, &S.Index}, Pre);
      return E;
    }
    case Expr::Kind::Unary:
      cast<UnaryExpr>(*E).Operand = flatten(std::move(cast<UnaryExpr>(*E).Operand), Pre);
      return E;
    case Expr::Kind::Starred:
      cast<StarredExpr>(*E).Value = flatten(std::move(cast<StarredExpr>(*E).Value), Pre);
      return E;
    case Expr::Kind::Binary: {
      auto &B = cast<BinaryExpr>(*E);
      flattenSeq({&B.LHS, &B.RHS}, Pre);
      return E;
    }
    case Expr::Kind::BoolOp: {
      // t = a; if t (or: if not t): <b's statements>; t = b'
      auto &B = cast<BoolOpExpr>(*E);
      std::string T = temp();
      ExprPtr L = flatten(std::move(B.LHS), Pre);
      Pre.push_back(assign(T, std::move(L), R));
      StmtList Then;
      ExprPtr Rhs = flatten(std::move(B.RHS), Then);
      Then.push_back(assign(T, std::move(Rhs), R));
      ExprPtr Test = nameRef(T, R);
      if (!B.IsAnd)
        Test = std::make_unique<UnaryExpr>("not", std::move(Test), R);
      Pre.push_back(std::make_unique<IfStmt>(std::move(Test), std::move(Then), StmtList(), R));
      return nameRef(T, R);
    }
    case Expr::Kind::Compare: {
      auto &C = cast<CompareExpr>(*E);
      // Calls only in the first two operands and atomic middle operands: the
      // chain can stay as it is.
      bool LateCall = false;
      for (size_t I = 2; I < C.Operands.size(); ++I)
        LateCall |= containsUserCall(*C.Operands[I]);
      for (size_t I = 1; I + 1 < C.Operands.size(); ++I)
        LateCall |= !isAtomic(*C.Operands[I]);
      if (!LateCall) {
        std::vector<ExprPtr *> Ops;
        for (auto &X : C.Operands) Ops.push_back(&X);
        flattenSeq(Ops, Pre);
        return E;
      }
      // a op0 b op1 c ... as: t = (a op0 b); if t: t = (b op1 c) ..., each
      // operand evaluated once and only when Python would reach it.
      std::string T = temp();
      ExprPtr Left = flatten(std::move(C.Operands[0]), Pre);
      StmtList *Cur = &Pre;
      std::vector<StmtPtr> Holder;
      for (size_t I = 0; I < C.Ops.size(); ++I) {
        Left = save(std::move(Left), *Cur);
        ExprPtr Right = flatten(std::move(C.Operands[I + 1]), *Cur);
        Right = save(std::move(Right), *Cur);
        ExprList Pair;
        Pair.push_back(Left->clone());
        Pair.push_back(Right->clone());
        Cur->push_back(assign(
            T, std::make_unique<CompareExpr>(std::move(Pair), std::vector<std::string>{C.Ops[I]}, R), R));
        Left = std::move(Right);
        if (I + 1 < C.Ops.size()) {
          auto If = std::make_unique<IfStmt>(nameRef(T, R), StmtList(), StmtList(), R);
          StmtList *Next = &If->Then;
          Cur->push_back(std::move(If));
          Cur = Next;
        }
      }
      return nameRef(T, R);
    }
    case Expr::Kind::Attribute:
      cast<AttributeExpr>(*E).Value = flatten(std::move(cast<AttributeExpr>(*E).Value), Pre);
      return E;
    case Expr::Kind::Slice: {
      auto &S = cast<SliceExpr>(*E);
      std::vector<ExprPtr *> Ops;
      for (ExprPtr *P : {&S.Lower, &S.Upper, &S.Step})
        if (*P) Ops.push_back(P);
      flattenSeq(Ops, Pre);
      return E;
    }
    case Expr::Kind::Dict: {
      // Python evaluates key 1, value 1, key 2, value 2, ...
      auto &D = cast<DictExpr>(*E);
      for (const auto &K : D.Keys)
        if (isa<StarredExpr>(*K))
          throw CompileError(K->Range, "unsupported construct: '**' in a dict display that calls a user function "
                                           "(a comprehension or generator expression is one; bind the call's "
                                           "result to a variable first)");
      std::vector<ExprPtr *> Ops;
      for (size_t I = 0; I < D.Keys.size(); ++I) {
        Ops.push_back(&D.Keys[I]);
        Ops.push_back(&D.Values[I]);
      }
      flattenSeq(Ops, Pre);
      return E;
    }
    case Expr::Kind::Comprehension: return lowerComprehension(cast<ComprehensionExpr>(*E), Pre);
    case Expr::Kind::Named: {
      // (y := v)   ==>   _t = v'; y = _t   with value _t: CPython evaluates v,
      // stores it in y, and the expression is that value, whatever y holds
      // later (`(y := 1) + (y := 2)` is 3).
      // A literal, or a temporary of ours (assigned once), is its own value.
      auto &N = cast<NamedExpr>(*E);
      ExprPtr V = flatten(std::move(N.Value), Pre);
      auto *VName = dyn_cast<NameExpr>(V.get());
      if (!isConstant(*V) && !(VName && OwnTemps.count(VName->Id))) {
        std::string T = temp();
        Pre.push_back(assign(T, std::move(V), R));
        V = nameRef(T, R);
      }
      Pre.push_back(std::make_unique<AssignStmt>(nameRef(N.Target, R), V->clone(), R));
      return V;
    }
    case Expr::Kind::IfExp: {
      // t = a if c else b   ==>   if c': <a's statements>; t = a' else: <b's>; t = b'
      auto &I = cast<IfExpExpr>(*E);
      std::string T = temp();
      ExprPtr C = flatten(std::move(I.Cond), Pre);
      StmtList Then, Else;
      ExprPtr A = flatten(std::move(I.Then), Then);
      Then.push_back(assign(T, std::move(A), R));
      ExprPtr B = flatten(std::move(I.Else), Else);
      Else.push_back(assign(T, std::move(B), R));
      Pre.push_back(std::make_unique<IfStmt>(std::move(C), std::move(Then), std::move(Else), R));
      return nameRef(T, R);
    }
    case Expr::Kind::Call: {
      auto &C = cast<CallExpr>(*E);
      if (auto *Method = dyn_cast<AttributeExpr>(C.Callee.get())) {
        flattenSeq(callOperands(C, true), Pre, methodLookup(*Method));
        return liftsCall(*E) ? liftCall(std::move(E), Pre) : std::move(E);
      }
      flattenSeq(callOperands(C, true), Pre);
      if (liftsCall(*E))
        return liftCall(std::move(E), Pre);
      if (!isUserCall(*E))
        return E;
      if (!isa<NameExpr>(*C.Callee) || !OwnTemps.count(cast<NameExpr>(*C.Callee).Id)) {
        // Keep the callee a plain name; a user variable is read here, in order.
        if (!isa<NameExpr>(*C.Callee))
          C.Callee = save(std::move(C.Callee), Pre);
      }
      std::string T = temp();
      Pre.push_back(assign(T, std::move(E), R));
      return nameRef(T, R);
    }
    default:
      return E;
    }
  }

  /// `t = <call>` for a builtin call that may call back a user function.
  ExprPtr liftCall(ExprPtr E, StmtList &Pre) {
    SourceRange R = E->Range;
    std::string T = temp();
    Pre.push_back(assign(T, std::move(E), R));
    return nameRef(T, R);
  }

  /// [e for x in xs if c]  ==>  _t = []
  ///                            for _cx in xs:      (then lowered to while)
  ///                                if c': _t.append(e')
  /// with the comprehension's targets renamed to fresh names, since Python
  /// keeps them local to the comprehension. A dict comprehension stores
  /// `_k = key; _v = value; _t[_k] = _v` (the key is evaluated first).
  ExprPtr lowerComprehension(ComprehensionExpr &C, StmtList &Pre) {
    SourceRange R = C.Range;
    std::string T = temp();
    std::map<std::string, std::string> Renames;
    for (auto &Cl : C.Clauses) {
      for (const auto &N : targetNames(*Cl.Target))
        if (!Renames.count(N)) {
          std::string Fresh = M.freshName("_c");
          Temps.push_back(Fresh);
          Renames[N] = Fresh;
        }
    }
    // Rename everything evaluated inside the comprehension's own scope.
    for (size_t I = 0; I < C.Clauses.size(); ++I) {
      renameVars(*C.Clauses[I].Target, Renames);
      if (I > 0)
        renameVars(*C.Clauses[I].Iter, Renames);
      for (auto &X : C.Clauses[I].Ifs)
        renameVars(*X, Renames);
    }
    renameVars(*C.Elt, Renames);
    if (C.Value)
      renameVars(*C.Value, Renames);

    // The innermost statement, then the clauses wrapped around it.
    StmtList Inner;
    if (C.IsDict) {
      std::string K = temp(), V = temp();
      Inner.push_back(assign(K, std::move(C.Elt), R));
      Inner.push_back(assign(V, std::move(C.Value), R));
      Inner.push_back(std::make_unique<AssignStmt>(
          std::make_unique<SubscriptExpr>(nameRef(T, R), nameRef(K, R), R), nameRef(V, R), R));
    } else {
      // A set comprehension adds each element, as CPython's SET_ADD does.
      ExprList Args;
      Args.push_back(std::move(C.Elt));
      Inner.push_back(std::make_unique<ExprStmt>(
          std::make_unique<CallExpr>(std::make_unique<AttributeExpr>(nameRef(T, R), C.IsSet ? "add" : "append", R),
                                     std::move(Args), R),
          R));
    }
    for (size_t I = C.Clauses.size(); I-- > 0;) {
      auto &Cl = C.Clauses[I];
      for (size_t J = Cl.Ifs.size(); J-- > 0;) {
        StmtList Wrapped;
        Wrapped.push_back(std::make_unique<IfStmt>(std::move(Cl.Ifs[J]), std::move(Inner), StmtList(), R));
        Inner = std::move(Wrapped);
      }
      StmtList Wrapped;
      Wrapped.push_back(std::make_unique<ForStmt>(std::move(Cl.Target), std::move(Cl.Iter), std::move(Inner),
                                                  StmtList(), R));
      Inner = std::move(Wrapped);
    }
    // The first iterable is evaluated before the result exists, as in CPython.
    auto &Loop = cast<ForStmt>(*Inner.front());
    Loop.Iter = save(flatten(std::move(Loop.Iter), Pre), Pre);
    // An empty set is `set()` (`{}` is a dict); builtin names cannot be rebound.
    Pre.push_back(assign(T,
                         C.IsDict  ? ExprPtr(std::make_unique<DictExpr>(ExprList(), ExprList(), R))
                         : C.IsSet ? ExprPtr(std::make_unique<CallExpr>(nameRef("set", R), ExprList(), R))
                                   : ExprPtr(std::make_unique<ListExpr>(ExprList(), R)),
                         R));
    StmtList Loops = stmts(std::move(Inner));
    lowerForLoops(M, Loops, Temps);
    for (auto &S : Loops)
      Pre.push_back(std::move(S));
    return nameRef(T, R);
  }

  /// CPython evaluates a method call's receiver, looks the method up, then
  /// evaluates the arguments. When an argument needs statements, this hook
  /// of flattenSeq makes the lookup a statement of its own before them:
  /// `getattr(recv, 'name')` with its value dropped, so a receiver without
  /// the method raises AttributeError before any argument runs. The method
  /// found cannot change later: it belongs to the receiver's type.
  std::function<void(StmtList &)> methodLookup(AttributeExpr &Method) {
    return [&Method](StmtList &Out) {
      SourceRange R = Method.Range;
      ExprList Args;
      Args.push_back(Method.Value->clone());
      Args.push_back(std::make_unique<StrLitExpr>(Method.Attr, R));
      Out.push_back(std::make_unique<ExprStmt>(
          std::make_unique<CallExpr>(std::make_unique<NameExpr>("getattr", R), std::move(Args), R), R));
    };
  }

  /// Flattens the operands of a builtin or method call in place: the
  /// receiver, the positional arguments, then the keyword values.
  void flattenCallOperands(CallExpr &C, StmtList &Pre) {
    std::vector<ExprPtr *> Ops = callOperands(C, false);
    auto *Method = dyn_cast<AttributeExpr>(C.Callee.get());
    if (!Method) {
      flattenSeq(Ops, Pre);
      return;
    }
    Ops.insert(Ops.begin(), &Method->Value);
    flattenSeq(Ops, Pre, methodLookup(*Method));
  }

  /// A user call whose callee is a name and whose arguments have no user calls.

  bool isSimpleUserCall(const Expr &E) {
    if (!isUserCall(E))
      return false;
    const auto &C = cast<CallExpr>(E);
    if (!isa<NameExpr>(*C.Callee))
      return false;
    for (auto &A : C.Args)
      if (containsUserCall(*A))
        return false;
    for (auto &K : C.Keywords)
      if (containsUserCall(*K.Value))
        return false;
    return true;
  }

  /// Flattens the subexpressions of an assignment target (not the store itself).
  void flattenTarget(Expr &T, StmtList &Pre, std::vector<ExprPtr *> &Ops) {
    if (auto *S = dyn_cast<SubscriptExpr>(&T)) {
      Ops.push_back(&S->Value);
      Ops.push_back(&S->Index);
    } else if (auto *Tu = dyn_cast<TupleExpr>(&T)) {
      for (auto &X : Tu->Elts)
        flattenTarget(*X, Pre, Ops);
    } else if (auto *St = dyn_cast<StarredExpr>(&T)) {
      flattenTarget(*St->Value, Pre, Ops);
    }
  }

  StmtList stmts(StmtList Body) {
    StmtList Out;
    for (auto &S : Body)
      stmt(std::move(S), Out);
    return Out;
  }

  void stmt(StmtPtr SP, StmtList &Out) {
    Stmt &S = *SP;
    SourceRange R = S.Range;
    switch (S.getKind()) {
    case Stmt::Kind::ExprStmt: {
      auto &E = cast<ExprStmt>(S);
      if (isSimpleUserCall(*E.Value)) {
        Out.push_back(std::move(SP));
        return;
      }
      if (liftsCall(*E.Value)) {
        flattenCallOperands(cast<CallExpr>(*E.Value), Out);
        Out.push_back(std::move(SP));
        return;
      }
      if (isUserCall(*E.Value)) {
        auto &C = cast<CallExpr>(*E.Value);
        flattenSeq(callOperands(C, true), Out);
        if (!isa<NameExpr>(*C.Callee))
          C.Callee = save(std::move(C.Callee), Out);
        Out.push_back(std::move(SP));
        return;
      }
      E.Value = flatten(std::move(E.Value), Out);
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::Assign: {
      auto &A = cast<AssignStmt>(S);
      bool NameTarget = isa<NameExpr>(*A.Target);
      if (NameTarget && isSimpleUserCall(*A.Value)) {
        Out.push_back(std::move(SP));
        return;
      }
      if (NameTarget && liftsCall(*A.Value)) {
        flattenCallOperands(cast<CallExpr>(*A.Value), Out);
        Out.push_back(std::move(SP));
        return;
      }
      // Python evaluates the value, then the target's subexpressions.
      std::vector<ExprPtr *> Ops{&A.Value};
      flattenTarget(*A.Target, Out, Ops);
      flattenSeq(Ops, Out);
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::AugAssign: {
      auto &A = cast<AugAssignStmt>(S);
      if (!containsUserCall(*A.Value) && !containsUserCall(*A.Target)) {
        Out.push_back(std::move(SP));
        return;
      }
      // x op= f(): Python reads the target before calling f. Rewrite as
      //   t = <target>; v = <value>; t op= v; <target> = t
      // (t aliases the same object, so in-place operators still act in place).
      std::vector<ExprPtr *> TargetOps;
      flattenTarget(*A.Target, Out, TargetOps);
      flattenSeq(TargetOps, Out);
      for (auto *Op : TargetOps) {
        // A slice is not a value to name: name its bounds, which CPython
        // evaluates once into the one slice object both accesses use.
        if (auto *Sl = dyn_cast<SliceExpr>(Op->get())) {
          for (ExprPtr *P : {&Sl->Lower, &Sl->Upper, &Sl->Step})
            if (*P)
              *P = save(std::move(*P), Out);
          continue;
        }
        *Op = save(std::move(*Op), Out);
      }
      std::string Old = temp();
      Out.push_back(assign(Old, A.Target->clone(), R));
      ExprPtr V = save(flatten(std::move(A.Value), Out), Out);
      Out.push_back(std::make_unique<AugAssignStmt>(nameRef(Old, R), A.Op, std::move(V), R));
      Out.push_back(std::make_unique<AssignStmt>(std::move(A.Target), nameRef(Old, R), R));
      return;
    }
    case Stmt::Kind::Del: {
      auto &D = cast<DelStmt>(S);
      std::vector<ExprPtr *> Ops;
      flattenTarget(*D.Target, Out, Ops);
      flattenSeq(Ops, Out);
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::Raise: {
      auto &Ra = cast<RaiseStmt>(S);
      std::vector<ExprPtr *> Ops;
      // CPython's order: the callee of `raise cls(args)`, then the arguments.
      if (Ra.Value && Ra.CallsValue) Ops.push_back(&Ra.Value);
      for (auto &X : Ra.Args) Ops.push_back(&X);
      if (Ra.Value && !Ra.CallsValue) Ops.push_back(&Ra.Value);
      if (Ra.Cause) Ops.push_back(&Ra.Cause);
      flattenSeq(Ops, Out);
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::Return: {
      auto &Ret = cast<ReturnStmt>(S);
      if (Ret.Value && containsUserCall(*Ret.Value)) {
        ExprPtr V = flatten(std::move(Ret.Value), Out);
        Ret.Value = std::move(V);
      }
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::If: {
      auto &I = cast<IfStmt>(S);
      I.Cond = flatten(std::move(I.Cond), Out);
      I.Then = stmts(std::move(I.Then));
      I.Else = stmts(std::move(I.Else));
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::While: {
      auto &W = cast<WhileStmt>(S);
      W.Body = stmts(std::move(W.Body));
      W.OrElse = stmts(std::move(W.OrElse));
      if (!containsUserCall(*W.Cond)) {
        Out.push_back(std::move(SP));
        return;
      }
      if (containsLoopExit(W.OrElse))
        throw CompileError(R, "unsupported construct: 'while ... else' whose condition calls a "
                              "function and whose 'else' contains 'break' or 'continue'");
      // while c: B else: O   ==>   while True: <pre>; if not c': O; break
      //                                         B
      StmtList NewBody;
      ExprPtr C = flatten(std::move(W.Cond), NewBody);
      StmtList Exit = std::move(W.OrElse);
      Exit.push_back(std::make_unique<BreakStmt>(R));
      NewBody.push_back(std::make_unique<IfStmt>(std::make_unique<UnaryExpr>("not", std::move(C), R),
                                                 std::move(Exit), StmtList(), R));
      for (auto &B : W.Body)
        NewBody.push_back(std::move(B));
      W.Body = std::move(NewBody);
      W.Cond = std::make_unique<BoolLitExpr>(true, R);
      W.OrElse.clear();
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::For: {
      // Normally gone after for-to-while; handle it anyway when run alone.
      auto &F = cast<ForStmt>(S);
      F.Iter = flatten(std::move(F.Iter), Out);
      F.Body = stmts(std::move(F.Body));
      F.OrElse = stmts(std::move(F.OrElse));
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::Try: {
      // Calls lifted out of a statement stay in the same clause, so what
      // they raise is caught (or not) as before.
      for (StmtList *B : cast<TryStmt>(S).bodies())
        *B = stmts(std::move(*B));
      Out.push_back(std::move(SP));
      return;
    }
    case Stmt::Kind::FunctionDef: {
      // The body is its own scope, visited separately; the defaults are
      // evaluated here, left to right, when the def runs.
      auto &F = cast<FunctionDefStmt>(S);
      std::vector<ExprPtr *> Ops;
      for (auto &X : F.Defaults) Ops.push_back(&X);
      flattenSeq(Ops, Out);
      Out.push_back(std::move(SP));
      return;
    }
    default:
      Out.push_back(std::move(SP));
      return;
    }
  }
};

} // namespace

void NameApplicationsPass::run(Module &M) {
  PullsEnabled = mayMapUserFunctions(M);
  ANF A(M);
  forEachScope(M, [&](StmtList &Body, FunctionDefStmt *F) {
    std::vector<std::string> Temps = A.run(Body);
    declareAtTop(Body, Temps, F ? F->Range : SourceRange());
  });
  if (PullsEnabled) {
    // Mark the pulling points, those for-to-while made (`_v = next(_it, _s)`)
    // included; all are statements of their own by now. forEachExpr visits
    // the module's own (non-const) nodes.
    forEachExpr(M.Body, [](const Expr &E) {
      if (isPullingCallShape(E))
        const_cast<CallExpr &>(cast<CallExpr>(E)).MayPull = true;
    });
  }
  PullsEnabled = false;
}
