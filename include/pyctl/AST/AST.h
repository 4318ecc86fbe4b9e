//===- AST.h - The typed Python AST ----------------------------*- C++ -*-===//
//
// One class per node kind, each with the SourceRange it came from. Nodes own
// their children through std::unique_ptr. LLVM-style RTTI (getKind/classof)
// makes llvm::isa / dyn_cast work on Expr and Stmt.
//
// The node set is the Python subset pyctl supports; the ASTBuilder rejects
// everything else with a diagnostic, so every later stage may assume it.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_AST_H
#define PYCTL_AST_AST_H

#include "pyctl/Basic/SourceRange.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pyctl {

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// Base of all expression nodes.
class Expr {
public:
  enum class Kind {
    Name, IntLit, FloatLit, StrLit, BoolLit, NoneLit,
    Tuple, List, Subscript, Unary, Binary, BoolOp, Compare, Call,
    Attribute, Slice, Dict, IfExp, Comprehension, Starred, Set, Named,
  };
  Expr(Kind K, SourceRange R) : Range(R), K(K) {}
  virtual ~Expr() = default;
  Kind getKind() const { return K; }
  /// A deep copy, keeping source ranges.
  virtual std::unique_ptr<Expr> clone() const = 0;

  SourceRange Range;

private:
  Kind K;
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

/// Deep copy of a list of expressions.
ExprList cloneExprs(const ExprList &Es);

/// A variable reference `x` (read, or written when it is an assignment target).
class NameExpr : public Expr {
public:
  NameExpr(std::string Id, SourceRange R) : Expr(Kind::Name, R), Id(std::move(Id)) {}
  ExprPtr clone() const override { return std::make_unique<NameExpr>(Id, Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Name; }
  std::string Id;
};

/// An `int` literal, any size; Value is its decimal spelling (optional '-' never
/// appears: Python has no negative literals).
class IntLitExpr : public Expr {
public:
  IntLitExpr(std::string Decimal, SourceRange R) : Expr(Kind::IntLit, R), Value(std::move(Decimal)) {}
  ExprPtr clone() const override { return std::make_unique<IntLitExpr>(Value, Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::IntLit; }
  std::string Value;
};

/// A `float` literal, already converted to the nearest double (CPython rounds
/// the same way: correctly rounded strtod).
class FloatLitExpr : public Expr {
public:
  FloatLitExpr(double V, SourceRange R) : Expr(Kind::FloatLit, R), Value(V) {}
  ExprPtr clone() const override { return std::make_unique<FloatLitExpr>(Value, Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::FloatLit; }
  double Value;
};

/// A `str` literal (adjacent literals already concatenated, escapes decoded):
/// Value is UTF-8.
class StrLitExpr : public Expr {
public:
  StrLitExpr(std::string V, SourceRange R) : Expr(Kind::StrLit, R), Value(std::move(V)) {}
  ExprPtr clone() const override { return std::make_unique<StrLitExpr>(Value, Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::StrLit; }
  std::string Value;
};

/// `True` or `False`.
class BoolLitExpr : public Expr {
public:
  BoolLitExpr(bool V, SourceRange R) : Expr(Kind::BoolLit, R), Value(V) {}
  ExprPtr clone() const override { return std::make_unique<BoolLitExpr>(Value, Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::BoolLit; }
  bool Value;
};

/// `None`.
class NoneLitExpr : public Expr {
public:
  explicit NoneLitExpr(SourceRange R) : Expr(Kind::NoneLit, R) {}
  ExprPtr clone() const override { return std::make_unique<NoneLitExpr>(Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::NoneLit; }
};

/// A tuple display `(a, b)` (also a tuple assignment target `a, b = ...`).
class TupleExpr : public Expr {
public:
  TupleExpr(ExprList Elts, SourceRange R) : Expr(Kind::Tuple, R), Elts(std::move(Elts)) {}
  ExprPtr clone() const override { return std::make_unique<TupleExpr>(cloneExprs(Elts), Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Tuple; }
  ExprList Elts;
};

/// A list display `[a, b]`.
class ListExpr : public Expr {
public:
  ListExpr(ExprList Elts, SourceRange R) : Expr(Kind::List, R), Elts(std::move(Elts)) {}
  ExprPtr clone() const override { return std::make_unique<ListExpr>(cloneExprs(Elts), Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::List; }
  ExprList Elts;
};

/// A set display `{a, b}` (never empty: `{}` is a dict).
class SetExpr : public Expr {
public:
  /// How CPython compiles the display, which decides the set's table layout
  /// (its iteration order): items added one by one (BUILD_SET), or three or
  /// more compile-time constants folded into a frozenset constant and merged
  /// (SET_UPDATE); Unsure when CPython's constant folding may or may not
  /// apply (e.g. `{1, 2, 2 ** 3}`), so the order is not known.
  enum class Folding : uint8_t { ItemByItem, Constant, Unsure };
  SetExpr(ExprList Elts, SourceRange R, Folding F = Folding::ItemByItem, bool Iterated = false)
      : Expr(Kind::Set, R), Elts(std::move(Elts)), Fold(F), IteratedByFor(Iterated) {}
  ExprPtr clone() const override {
    return std::make_unique<SetExpr>(cloneExprs(Elts), Range, Fold, IteratedByFor);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Set; }
  ExprList Elts;
  Folding Fold;
  /// A Constant display that is the iterable of a `for` or comprehension in
  /// the source: CPython iterates the frozenset constant, not a set merged
  /// from it (the normalised program iterates the merged set, so the two
  /// orders must agree for the order to be known).
  bool IteratedByFor;
};

/// `Value[Index]`.
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(ExprPtr V, ExprPtr I, SourceRange R)
      : Expr(Kind::Subscript, R), Value(std::move(V)), Index(std::move(I)) {}
  ExprPtr clone() const override {
    return std::make_unique<SubscriptExpr>(Value->clone(), Index->clone(), Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Subscript; }
  ExprPtr Value, Index;
};

/// Unary operators in Python spelling: "-", "+", "~", "not".
class UnaryExpr : public Expr {
public:
  UnaryExpr(std::string Op, ExprPtr Operand, SourceRange R)
      : Expr(Kind::Unary, R), Op(std::move(Op)), Operand(std::move(Operand)) {}
  ExprPtr clone() const override { return std::make_unique<UnaryExpr>(Op, Operand->clone(), Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Unary; }
  std::string Op;
  ExprPtr Operand;
};

/// Arithmetic and bitwise binary operators in Python spelling:
/// "+ - * / // % ** & | ^ << >>".
class BinaryExpr : public Expr {
public:
  BinaryExpr(std::string Op, ExprPtr L, ExprPtr Rhs, SourceRange R)
      : Expr(Kind::Binary, R), Op(std::move(Op)), LHS(std::move(L)), RHS(std::move(Rhs)) {}
  ExprPtr clone() const override {
    return std::make_unique<BinaryExpr>(Op, LHS->clone(), RHS->clone(), Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Binary; }
  std::string Op;
  ExprPtr LHS, RHS;
};

/// `a and b` / `a or b`: short-circuit, the value is an operand (IsAnd picks).
class BoolOpExpr : public Expr {
public:
  BoolOpExpr(bool IsAnd, ExprPtr L, ExprPtr Rhs, SourceRange R)
      : Expr(Kind::BoolOp, R), IsAnd(IsAnd), LHS(std::move(L)), RHS(std::move(Rhs)) {}
  ExprPtr clone() const override {
    return std::make_unique<BoolOpExpr>(IsAnd, LHS->clone(), RHS->clone(), Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::BoolOp; }
  bool IsAnd;
  ExprPtr LHS, RHS;
};

/// A comparison chain `a < b <= c`: Operands.size() == Ops.size() + 1. Ops in
/// Python spelling: "== != < <= > >= in not in is is not".
class CompareExpr : public Expr {
public:
  CompareExpr(ExprList Operands, std::vector<std::string> Ops, SourceRange R)
      : Expr(Kind::Compare, R), Operands(std::move(Operands)), Ops(std::move(Ops)) {}
  ExprPtr clone() const override {
    return std::make_unique<CompareExpr>(cloneExprs(Operands), Ops, Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Compare; }
  ExprList Operands;
  std::vector<std::string> Ops;
};

/// One `name=value` argument of a call, or, when Name is empty, a `**mapping`
/// argument whose items are merged into the keyword arguments at that point.
struct KeywordArg {
  std::string Name;
  ExprPtr Value;
  /// True for `**mapping`.
  bool isDoubleStar() const { return Name.empty(); }
};

/// `Callee(Args..., Keywords...)`. A call whose callee is an AttributeExpr is
/// a method call on a built-in type; one whose callee is a builtin's name is
/// a primitive operation; any other is a user call. An item of Args may be a
/// StarredExpr (`*iterable`); a keyword may be `**mapping` (isDoubleStar).
/// Python evaluates the positional arguments, then the keyword arguments,
/// left to right (docs/language.md, Calls with `*` and `**`).
class CallExpr : public Expr {
public:
  CallExpr(ExprPtr Callee, ExprList Args, SourceRange R)
      : Expr(Kind::Call, R), Callee(std::move(Callee)), Args(std::move(Args)) {}
  ExprPtr clone() const override {
    auto C = std::make_unique<CallExpr>(Callee->clone(), cloneExprs(Args), Range);
    for (const auto &K : Keywords)
      C->Keywords.push_back({K.Name, K.Value->clone()});
    C->MayPull = MayPull;
    return C;
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Call; }
  ExprPtr Callee;
  ExprList Args;
  std::vector<KeywordArg> Keywords;
  /// Set by name-applications on a builtin or method call that may pull items
  /// from a map/filter iterator calling a user function (isPullCall,
  /// pyctl/AST/Scope.h); such a call is a statement of its own and its trace
  /// node records those calls (docs/trace-format.md, map and filter).
  bool MayPull = false;
};

/// `Value.Attr`. Only the callee of a call (a method of a built-in type:
/// `xs.append(1)`); the builder reads the attributes pyctl implements
/// (isReadableAttributeName, pyctl/Runtime/Attributes.h) as the call
/// `getattr(Value, 'Attr')` and rejects other attribute reads.
class AttributeExpr : public Expr {
public:
  AttributeExpr(ExprPtr V, std::string Attr, SourceRange R)
      : Expr(Kind::Attribute, R), Value(std::move(V)), Attr(std::move(Attr)) {}
  ExprPtr clone() const override { return std::make_unique<AttributeExpr>(Value->clone(), Attr, Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Attribute; }
  ExprPtr Value;
  std::string Attr;
};

/// `Lower:Upper:Step`, only as the index of a SubscriptExpr; omitted parts
/// are null (CPython passes None for them).
class SliceExpr : public Expr {
public:
  SliceExpr(ExprPtr L, ExprPtr U, ExprPtr S, SourceRange R)
      : Expr(Kind::Slice, R), Lower(std::move(L)), Upper(std::move(U)), Step(std::move(S)) {}
  ExprPtr clone() const override {
    auto C = [](const ExprPtr &E) { return E ? E->clone() : nullptr; };
    return std::make_unique<SliceExpr>(C(Lower), C(Upper), C(Step), Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Slice; }
  ExprPtr Lower, Upper, Step;
};

/// A dict display `{k: v, ...}`: keys and values evaluated alternately, left
/// to right, later duplicates overwriting earlier ones. An entry `**m` has a
/// StarredExpr(m) key and a None value: m's items are merged in at that point.
class DictExpr : public Expr {
public:
  DictExpr(ExprList Keys, ExprList Values, SourceRange R)
      : Expr(Kind::Dict, R), Keys(std::move(Keys)), Values(std::move(Values)) {}
  ExprPtr clone() const override {
    return std::make_unique<DictExpr>(cloneExprs(Keys), cloneExprs(Values), Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Dict; }
  ExprList Keys, Values;
};

/// `Then if Cond else Else`: only the chosen operand is evaluated.
class IfExpExpr : public Expr {
public:
  IfExpExpr(ExprPtr C, ExprPtr T, ExprPtr E, SourceRange R)
      : Expr(Kind::IfExp, R), Cond(std::move(C)), Then(std::move(T)), Else(std::move(E)) {}
  ExprPtr clone() const override {
    return std::make_unique<IfExpExpr>(Cond->clone(), Then->clone(), Else->clone(), Range);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::IfExp; }
  ExprPtr Cond, Then, Else;
};

/// `*Target` inside a tuple assignment target (`first, *rest = xs`): takes
/// the items the other targets leave, as a list.
class StarredExpr : public Expr {
public:
  StarredExpr(ExprPtr V, SourceRange R) : Expr(Kind::Starred, R), Value(std::move(V)) {}
  ExprPtr clone() const override { return std::make_unique<StarredExpr>(Value->clone(), Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Starred; }
  ExprPtr Value;
};

/// An assignment expression `(Target := Value)` (PEP 572) in a function:
/// evaluates Value, binds it to the local Target (a comprehension's walrus
/// binds in the function holding the comprehension) and is that value.
/// Target makes the name local to the function, as any binding does. Only
/// the front end makes one, inside a def; name-applications lowers it to
/// `_t = Value; Target = _t`, so the tracers never meet one.
class NamedExpr : public Expr {
public:
  NamedExpr(std::string Target, ExprPtr Value, SourceRange R)
      : Expr(Kind::Named, R), Target(std::move(Target)), Value(std::move(Value)) {}
  ExprPtr clone() const override { return std::make_unique<NamedExpr>(Target, Value->clone(), Range); }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Named; }
  std::string Target;
  ExprPtr Value;
};

/// One `for Target in Iter if Cond ...` clause of a comprehension.
struct ComprehensionClause {
  ExprPtr Target, Iter;
  ExprList Ifs;
};

/// A list comprehension `[Elt for ...]`, with IsDict a dict comprehension
/// `{Key: Value for ...}`, with IsSet a set comprehension `{Elt for ...}`.
/// Its targets are local to the comprehension, as in Python 3;
/// name-applications lowers it to loops (a set one adds each element with
/// `set.add`, as CPython's SET_ADD does).
class ComprehensionExpr : public Expr {
public:
  ComprehensionExpr(bool IsDict, ExprPtr Elt, ExprPtr Value, std::vector<ComprehensionClause> Clauses,
                    SourceRange R, bool IsSet = false)
      : Expr(Kind::Comprehension, R), IsDict(IsDict), IsSet(IsSet), Elt(std::move(Elt)), Value(std::move(Value)),
        Clauses(std::move(Clauses)) {}
  ExprPtr clone() const override {
    std::vector<ComprehensionClause> Cs;
    for (const auto &C : Clauses)
      Cs.push_back({C.Target->clone(), C.Iter->clone(), cloneExprs(C.Ifs)});
    return std::make_unique<ComprehensionExpr>(IsDict, Elt->clone(), Value ? Value->clone() : nullptr,
                                               std::move(Cs), Range, IsSet);
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::Comprehension; }
  bool IsDict;
  /// A set comprehension (never together with IsDict).
  bool IsSet;
  /// CPython's name of the comprehension's function scope: `<listcomp>`,
  /// `<dictcomp>` or `<setcomp>`.
  const char *scopeName() const { return IsDict ? "<dictcomp>" : IsSet ? "<setcomp>" : "<listcomp>"; }
  /// The list or set element, or the dict key.
  ExprPtr Elt;
  /// The dict value (null for a list comprehension).
  ExprPtr Value;
  std::vector<ComprehensionClause> Clauses;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// Base of all statement nodes.
class Stmt {
public:
  enum class Kind {
    FunctionDef, Return, If, While, For, Assign, AugAssign, ExprStmt, Pass,
    Break, Continue, Declare, Raise, Global, Nonlocal, Del, Try, Annotation, MainGuard,
  };
  Stmt(Kind K, SourceRange R) : Range(R), K(K) {}
  virtual ~Stmt() = default;
  Kind getKind() const { return K; }
  /// A deep copy, keeping source ranges.
  virtual std::unique_ptr<Stmt> clone() const = 0;

  SourceRange Range;

private:
  Kind K;
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

/// Deep copy of a statement list.
StmtList cloneStmts(const StmtList &Ss);

/// A type annotation the front end accepted (docs/language.md, Type
/// annotations), kept only to be printed back. Text is Python source for it:
/// canonical spelling (`typing.List[int]` for `List[int]` imported from
/// typing) or, under `from __future__ import annotations`, the source text.
/// Accepted annotations are effect-free by construction: evaluating one can
/// neither raise nor have an effect, and pyctl never reads `__annotations__`,
/// so no later stage evaluates them (CPython evaluates parameter and return
/// annotations when the `def` runs, a module-level `X: T = v`'s T after the
/// store, and never a function body's).
struct Annotation {
  std::string Text;
  SourceRange Range;
};

/// `def Name(Params..., *VarArg, KwOnly..., **KwArg): Body`. NameRange locates the `def` keyword; the
/// function's identity in traces is "Name@line:col" of it (docs/trace-format.md).
class FunctionDefStmt : public Stmt {
public:
  FunctionDefStmt(std::string Name, std::vector<std::string> Params, StmtList Body, SourceRange R)
      : Stmt(Kind::FunctionDef, R), Name(std::move(Name)), Params(std::move(Params)),
        Body(std::move(Body)) {}
  StmtPtr clone() const override {
    auto F = std::make_unique<FunctionDefStmt>(Name, Params, cloneStmts(Body), Range);
    F->Defaults = cloneExprs(Defaults);
    F->KwOnly = KwOnly;
    F->KwOnlyHasDefault = KwOnlyHasDefault;
    F->VarArg = VarArg;
    F->KwArg = KwArg;
    F->QualName = QualName;
    F->ParamAnnotations = ParamAnnotations;
    F->Returns = Returns;
    return F;
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::FunctionDef; }
  /// CPython's `__qualname__`, which its call errors show: "f", "outer.<locals>.inner",
  /// "<lambda>" for a lambda; the def's name when the front end did not set QualName.
  const std::string &qualName() const { return QualName.empty() ? Name : QualName; }
  /// True for the def the front end made of a `lambda` (its qualName() ends in `<lambda>`):
  /// CPython names that function `<lambda>`, not Name.
  bool isLambda() const {
    static const std::string Tail = "<lambda>";
    return QualName.size() >= Tail.size() &&
           QualName.compare(QualName.size() - Tail.size(), Tail.size(), Tail) == 0;
  }
  /// "Name@line:col" of the `def` keyword in the original source.
  std::string identity() const;
  /// The number of positional parameters with a default value.
  size_t positionalDefaults() const {
    size_t Kw = 0;
    for (bool B : KwOnlyHasDefault)
      Kw += B;
    return Defaults.size() - Kw;
  }
  /// The number of positional parameters a call must give (those without a
  /// default).
  size_t requiredParams() const { return Params.size() - positionalDefaults(); }
  /// Every parameter name in CPython's co_varnames order: positional,
  /// keyword-only, then `*VarArg` and `**KwArg` when present.
  std::vector<std::string> allParams() const {
    std::vector<std::string> Out = Params;
    Out.insert(Out.end(), KwOnly.begin(), KwOnly.end());
    if (!VarArg.empty())
      Out.push_back(VarArg);
    if (!KwArg.empty())
      Out.push_back(KwArg);
    return Out;
  }

  std::string Name;
  /// The positional (positional-or-keyword) parameters.
  std::vector<std::string> Params;
  /// Default values, evaluated once, when the `def` runs, in the enclosing
  /// scope, in CPython's order: those of the last positionalDefaults()
  /// positional parameters, then those of the keyword-only parameters that
  /// have one (KwOnlyHasDefault), left to right.
  ExprList Defaults;
  /// Keyword-only parameters (after `*` or `*args`), and which have a default.
  std::vector<std::string> KwOnly;
  std::vector<bool> KwOnlyHasDefault;
  /// The `*args` and `**kwargs` parameter names ("" when absent).
  std::string VarArg, KwArg;
  /// CPython's `__qualname__` (set by the front end; see qualName()).
  std::string QualName;
  /// The annotations of parameters, by parameter name, and of the return
  /// value (`-> T`); never evaluated (see Annotation).
  std::map<std::string, Annotation> ParamAnnotations;
  std::optional<Annotation> Returns;
  StmtList Body;
};

/// `return` (Value null) or `return Value`.
class ReturnStmt : public Stmt {
public:
  ReturnStmt(ExprPtr V, SourceRange R) : Stmt(Kind::Return, R), Value(std::move(V)) {}
  StmtPtr clone() const override {
    return std::make_unique<ReturnStmt>(Value ? Value->clone() : nullptr, Range);
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Return; }
  ExprPtr Value;
};

/// `if Cond: Then else: Else`; `elif` is an IfStmt alone in Else.
class IfStmt : public Stmt {
public:
  IfStmt(ExprPtr C, StmtList T, StmtList E, SourceRange R)
      : Stmt(Kind::If, R), Cond(std::move(C)), Then(std::move(T)), Else(std::move(E)) {}
  StmtPtr clone() const override {
    return std::make_unique<IfStmt>(Cond->clone(), cloneStmts(Then), cloneStmts(Else), Range);
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::If; }
  ExprPtr Cond;
  StmtList Then, Else;
};

/// `while Cond: Body else: OrElse`.
class WhileStmt : public Stmt {
public:
  WhileStmt(ExprPtr C, StmtList B, StmtList E, SourceRange R)
      : Stmt(Kind::While, R), Cond(std::move(C)), Body(std::move(B)), OrElse(std::move(E)) {}
  StmtPtr clone() const override {
    return std::make_unique<WhileStmt>(Cond->clone(), cloneStmts(Body), cloneStmts(OrElse), Range);
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::While; }
  ExprPtr Cond;
  StmtList Body, OrElse;
};

/// `for Target in Iter: Body else: OrElse` (removed by for-to-while).
class ForStmt : public Stmt {
public:
  ForStmt(ExprPtr T, ExprPtr I, StmtList B, StmtList E, SourceRange R)
      : Stmt(Kind::For, R), Target(std::move(T)), Iter(std::move(I)), Body(std::move(B)),
        OrElse(std::move(E)) {}
  StmtPtr clone() const override {
    return std::make_unique<ForStmt>(Target->clone(), Iter->clone(), cloneStmts(Body),
                                     cloneStmts(OrElse), Range);
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::For; }
  ExprPtr Target, Iter;
  StmtList Body, OrElse;
};

/// `Target = Value` where Target is a NameExpr, SubscriptExpr or a TupleExpr of
/// targets. The builder splits a chained `a = b = v` into `_chainN = v; a =
/// _chainN; b = _chainN` (CPython evaluates v once, then stores left to right).
class AssignStmt : public Stmt {
public:
  AssignStmt(ExprPtr T, ExprPtr V, SourceRange R)
      : Stmt(Kind::Assign, R), Target(std::move(T)), Value(std::move(V)) {}
  StmtPtr clone() const override {
    auto A = std::make_unique<AssignStmt>(Target->clone(), Value->clone(), Range);
    A->Ann = Ann;
    return A;
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Assign; }
  ExprPtr Target, Value;
  /// The annotation of `Target: Ann = Value` (Target then is a NameExpr);
  /// the statement is `Target = Value` (see Annotation).
  std::optional<Annotation> Ann;
};

/// `if __name__ == "__main__":` (or `"__main__" == __name__`) at module
/// level, without `elif`/`else`: the block a module runs only as a script.
/// Serverless platforms and pyctl's harnesses import the module (its
/// `__name__` is never "__main__" there), so the block never runs and its
/// body is kept only as source text (Text: the whole statement, verbatim),
/// which tree-sitter checked but pyctl does not build (it may use what pyctl
/// does not support). The printer prints Text back; every other stage skips
/// the statement (insert-trace drops it: the instrumented program may run as
/// `__main__`).
class MainGuardStmt : public Stmt {
public:
  MainGuardStmt(std::string Text, SourceRange R) : Stmt(Kind::MainGuard, R), Text(std::move(Text)) {}
  StmtPtr clone() const override { return std::make_unique<MainGuardStmt>(Text, Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::MainGuard; }
  std::string Text;
};

/// A bare annotation `Name: Ann` (without a value). It evaluates nothing in
/// a function body (CPython never evaluates a body's annotations) and
/// nothing observable at module level (Ann is effect-free, see Annotation),
/// binds nothing, and makes Name a local of the function it is in (a read
/// before an assignment raises UnboundLocalError). Every stage but scope
/// analysis and the printer treats it as `pass`.
class AnnotationStmt : public Stmt {
public:
  AnnotationStmt(std::string Name, Annotation A, SourceRange R)
      : Stmt(Kind::Annotation, R), Name(std::move(Name)), Ann(std::move(A)) {}
  StmtPtr clone() const override { return std::make_unique<AnnotationStmt>(Name, Ann, Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Annotation; }
  std::string Name;
  Annotation Ann;
};

/// `Target Op= Value` with Op the binary operator ("+", "-", ...); Target is a
/// NameExpr or SubscriptExpr.
class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(ExprPtr T, std::string Op, ExprPtr V, SourceRange R)
      : Stmt(Kind::AugAssign, R), Target(std::move(T)), Op(std::move(Op)), Value(std::move(V)) {}
  StmtPtr clone() const override {
    return std::make_unique<AugAssignStmt>(Target->clone(), Op, Value->clone(), Range);
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::AugAssign; }
  ExprPtr Target;
  std::string Op;
  ExprPtr Value;
};

/// An expression evaluated for its effect.
class ExprStmt : public Stmt {
public:
  ExprStmt(ExprPtr V, SourceRange R) : Stmt(Kind::ExprStmt, R), Value(std::move(V)) {}
  StmtPtr clone() const override { return std::make_unique<ExprStmt>(Value->clone(), Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::ExprStmt; }
  ExprPtr Value;
};

/// `pass`.
class PassStmt : public Stmt {
public:
  explicit PassStmt(SourceRange R) : Stmt(Kind::Pass, R) {}
  StmtPtr clone() const override { return std::make_unique<PassStmt>(Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Pass; }
};

/// `break`.
class BreakStmt : public Stmt {
public:
  explicit BreakStmt(SourceRange R) : Stmt(Kind::Break, R) {}
  StmtPtr clone() const override { return std::make_unique<BreakStmt>(Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Break; }
};

/// `continue`.
class ContinueStmt : public Stmt {
public:
  explicit ContinueStmt(SourceRange R) : Stmt(Kind::Continue, R) {}
  StmtPtr clone() const override { return std::make_unique<ContinueStmt>(Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Continue; }
};

/// A declaration without binding, printed as `Name: object`: the variable
/// belongs to this scope but stays unbound until assigned (reading it raises
/// UnboundLocalError in a function, NameError at module level). Made by
/// scope-hoist; later passes add their temporaries the same way.
class DeclareStmt : public Stmt {
public:
  DeclareStmt(std::string Name, SourceRange R) : Stmt(Kind::Declare, R), Name(std::move(Name)) {}
  StmtPtr clone() const override { return std::make_unique<DeclareStmt>(Name, Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Declare; }
  std::string Name;
};

/// `raise Exception(Args...)` (or `raise Exception`) for a builtin exception
/// class named by Exception, e.g. "ValueError"; or `raise Value` for an
/// expression (in practice a variable holding a caught exception), when
/// Exception is empty and Value is set. An empty Exception without Value is
/// a bare `raise`: it re-raises the exception being handled (CPython's
/// RuntimeError "No active exception to reraise" when there is none).
/// Cause, when set, is the `from` expression: CPython evaluates it after the
/// exception and raises TypeError "exception causes must derive from
/// BaseException" unless it is an exception or None; it changes nothing else
/// a program can observe here (pyctl has no `__cause__`).
/// With CallsValue, Value is the callee of `raise Value(Args...)`: a variable
/// that holds an exception class (`cls = KeyError; raise cls("k")`); CPython
/// evaluates Value, then Args, then calls it and raises the result.
class RaiseStmt : public Stmt {
public:
  RaiseStmt(std::string Exception, ExprList Args, ExprPtr Value, ExprPtr Cause, SourceRange R)
      : Stmt(Kind::Raise, R), Exception(std::move(Exception)), Args(std::move(Args)),
        Value(std::move(Value)), Cause(std::move(Cause)) {}
  StmtPtr clone() const override {
    auto R = std::make_unique<RaiseStmt>(Exception, cloneExprs(Args), Value ? Value->clone() : nullptr,
                                         Cause ? Cause->clone() : nullptr, Range);
    R->CallsValue = CallsValue;
    return R;
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Raise; }
  /// True for a bare `raise`.
  bool isReraise() const { return Exception.empty() && !Value; }
  std::string Exception;
  ExprList Args;
  ExprPtr Value;
  ExprPtr Cause;
  /// True for `raise Value(Args...)`: Value is called with Args.
  bool CallsValue = false;
};

/// `del Target` for a name, a subscript or a slice (`del a, b` is two
/// statements, as CPython deletes left to right). Deleting a name unbinds it,
/// which makes it a local of the function, like an assignment.
class DelStmt : public Stmt {
public:
  DelStmt(ExprPtr T, SourceRange R) : Stmt(Kind::Del, R), Target(std::move(T)) {}
  StmtPtr clone() const override { return std::make_unique<DelStmt>(Target->clone(), Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Del; }
  ExprPtr Target;
};

/// One `except Types as Name:` clause of a TryStmt. Types are builtin
/// exception class names (`except (A, B)` lists both; a bare `except:` has
/// none and catches everything, like `except BaseException`); Name is empty
/// without `as`. TypeExpr, when set (Types is then empty), is a variable
/// holding the class or tuple of classes (`except errors as e` with
/// `errors = (KeyError, IndexError)`), which CPython evaluates only when an
/// exception reaches this clause. CPython binds Name before Body runs and deletes it when the
/// handler is left, however it is left.
struct ExceptHandler {
  /// Class names (ExceptionClasses.h); "JSONDecodeError" is written
  /// `json.JSONDecodeError` in the source (after `import json`).
  std::vector<std::string> Types;
  /// True for `except (A,)`-style tuple spelling (kept only for printing).
  bool TupleSyntax = false;
  std::string Name;
  StmtList Body;
  SourceRange Range;
  ExprPtr TypeExpr;
};

/// `try: Body except...: Handlers else: OrElse finally: FinalBody`. Handlers
/// are tried in order against the raised exception's class; OrElse runs only
/// when Body finished without an exception (a break, continue or return
/// skips it); FinalBody runs however the rest was left, and a break,
/// continue or return in it replaces the pending exit or exception.
class TryStmt : public Stmt {
public:
  TryStmt(StmtList B, std::vector<ExceptHandler> H, StmtList E, StmtList F, SourceRange R)
      : Stmt(Kind::Try, R), Body(std::move(B)), Handlers(std::move(H)), OrElse(std::move(E)),
        FinalBody(std::move(F)) {}
  StmtPtr clone() const override {
    std::vector<ExceptHandler> Hs;
    for (const auto &H : Handlers)
      Hs.push_back({H.Types, H.TupleSyntax, H.Name, cloneStmts(H.Body), H.Range,
                    H.TypeExpr ? H.TypeExpr->clone() : nullptr});
    return std::make_unique<TryStmt>(cloneStmts(Body), std::move(Hs), cloneStmts(OrElse),
                                     cloneStmts(FinalBody), Range);
  }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Try; }
  /// Every statement list of the try in source order: Body, each handler's
  /// body, OrElse, FinalBody (for walks that treat them alike).
  std::vector<StmtList *> bodies() {
    std::vector<StmtList *> Out{&Body};
    for (auto &H : Handlers)
      Out.push_back(&H.Body);
    Out.push_back(&OrElse);
    Out.push_back(&FinalBody);
    return Out;
  }
  /// bodies(), read-only.
  std::vector<const StmtList *> bodies() const {
    std::vector<const StmtList *> Out;
    for (StmtList *B : const_cast<TryStmt *>(this)->bodies())
      Out.push_back(B);
    return Out;
  }

  StmtList Body;
  std::vector<ExceptHandler> Handlers;
  StmtList OrElse, FinalBody;
};

/// `global a, b`: in a function, the names are the module's variables.
class GlobalStmt : public Stmt {
public:
  GlobalStmt(std::vector<std::string> Names, SourceRange R) : Stmt(Kind::Global, R), Names(std::move(Names)) {}
  StmtPtr clone() const override { return std::make_unique<GlobalStmt>(Names, Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Global; }
  std::vector<std::string> Names;
};

/// `nonlocal a, b`: the names are variables of an enclosing function.
class NonlocalStmt : public Stmt {
public:
  NonlocalStmt(std::vector<std::string> Names, SourceRange R)
      : Stmt(Kind::Nonlocal, R), Names(std::move(Names)) {}
  StmtPtr clone() const override { return std::make_unique<NonlocalStmt>(Names, Range); }
  static bool classof(const Stmt *S) { return S->getKind() == Kind::Nonlocal; }
  std::vector<std::string> Names;
};

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

/// A parsed file: its top-level statements, the path it came from and the
/// SHA-256 of its bytes (recorded in traces so merges can refuse mismatches).
struct Module {
  StmtList Body;
  std::string Path;
  std::string SourceSha256;
  /// The modules the program imports ("math", "json"), in first-import
  /// order. The builder spells every use of an imported name `module.name`,
  /// so the printer writes `import module` for each, at the top.
  std::vector<std::string> Imports;
  /// True after `from __future__ import annotations` (printed first): no
  /// annotation is evaluated, any expression is accepted as one.
  bool FutureAnnotations = false;
  /// Every identifier spelled in the source (filled by the builder), so that
  /// freshName never hands out a name the user's program uses.
  std::set<std::string> UsedNames;

  /// A new variable name "Prefix<N>" (N counting up per prefix) not in
  /// UsedNames and never returned before; the result is added to UsedNames.
  std::string freshName(const std::string &Prefix);

private:
  std::map<std::string, unsigned> NextTemp;
};

} // namespace pyctl

#endif
