//===- Scope.h - Which names a scope binds ---------------------*- C++ -*-===//
//
// Python decides at compile time which names are local to a function: every
// name bound anywhere in its body (assignment, augmented assignment, for
// target, def) unless declared global/nonlocal. These helpers compute that,
// for scope-hoist, the trace evaluator and insert-trace alike.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_SCOPE_H
#define PYCTL_AST_SCOPE_H

#include "pyctl/AST/AST.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pyctl {

/// Names bound by statements of \p Body (assignment and augmented-assignment
/// targets, tuple target elements, for targets, def names, declarations), in
/// order of first occurrence, without descending into nested defs.
std::vector<std::string> boundNames(const StmtList &Body);

/// Names an assignment target binds (a name, or the names inside a tuple or
/// starred target), in order; subscript targets bind none.
std::vector<std::string> targetNames(const Expr &Target);

/// Names bound by the single statement \p S (as boundNames does for a list).
std::vector<std::string> boundNamesOf(const Stmt &S);

/// Names a function body declares `global` (\p Global true) or `nonlocal`,
/// not descending into nested defs.
std::set<std::string> declaredNames(const StmtList &Body, bool Global);

/// The local names of a function: its parameters, then boundNames(Body),
/// less the names it declares global or nonlocal.
std::vector<std::string> localNames(const FunctionDefStmt &F);

/// Python's resolution of the names of one function (CPython's symbol table
/// rules for pyctl's subset).
struct FunctionScope {
  const FunctionDefStmt *Def = nullptr;
  /// The enclosing function's scope; null for a module-level def.
  const FunctionScope *Parent = nullptr;
  /// localNames(*Def), in order.
  std::vector<std::string> Locals;
  std::set<std::string> LocalSet;
  /// Locals that nested functions capture (CPython's cell variables).
  std::set<std::string> Cells;
  /// Variables of enclosing functions this one uses, directly or for a
  /// nested function (CPython's free variables), sorted.
  std::vector<std::string> Frees;
  std::set<std::string> FreeSet;

  enum class NameKind { Local, Cell, Free, Global };
  /// How a name used in this function's body resolves.
  NameKind kindOf(const std::string &Name) const {
    if (LocalSet.count(Name))
      return Cells.count(Name) ? NameKind::Cell : NameKind::Local;
    return FreeSet.count(Name) ? NameKind::Free : NameKind::Global;
  }
};

/// The FunctionScope of every def in a module.
/// Errors: CompileError "no binding for nonlocal 'x' found" (CPython's
/// SyntaxError) at the first nonlocal statement naming x, and "name 'x' is
/// parameter and nonlocal/global" at the first global or nonlocal statement
/// (in source order) that names a parameter, as CPython 3.11 locates both.
class ScopeAnalysis {
public:
  explicit ScopeAnalysis(const Module &M);
  /// The scope of \p F, which must be a def of the analysed module.
  const FunctionScope &of(const FunctionDefStmt &F) const { return *Scopes.at(&F); }
  /// Module-level names: those bound at module level, and those functions
  /// declare global.
  const std::vector<std::string> &moduleNames() const { return ModuleNames; }

private:
  std::map<const FunctionDefStmt *, std::unique_ptr<FunctionScope>> Scopes;
  std::vector<std::string> ModuleNames;
  void build(const StmtList &Body, const FunctionScope *Parent);
  std::set<std::string> resolveFrees(FunctionScope &S);
};

/// Names read (NameExpr in load position or as the callee) anywhere in \p Body,
/// not descending into nested defs.
std::set<std::string> readNames(const StmtList &Body);

/// True when \p E calls a user function: a call whose callee is neither a
/// builtin's name (builtins cannot be rebound: the front end refuses it) nor
/// a method of a built-in type (`xs.append`). Such calls are applications
/// in the A-normal-form sense; builtins and methods are primitive operations.
bool isUserCall(const Expr &E);

/// True when \p E is a builtin that may call back a user function: `sorted`,
/// `min` or `max` called with a `key=` that is neither `None` nor a builtin's
/// name, or a method call `.sort(key=...)` likewise. name-applications makes
/// each such call a statement of its own (`t = sorted(xs, key=f)`), and the
/// tracers record the calls of the key function inside its `callback`
/// (docs/trace-format.md, Callbacks).
bool isCallbackCall(const Expr &E);

/// True when \p E is a builtin or method call that may pull items from an
/// iterator (`list`, `tuple`, `set`, `dict`, `sorted`, `sum`, `min`, `max`,
/// `any`, `all`, `next`, `str.join`, `list.extend`, the set methods taking
/// iterables, `dict.update`, or any builtin/method call with a `*iterable`
/// argument). Whether such a call is a *pulling point* depends on the module
/// (isPullCall).
bool isPullingCallShape(const Expr &E);

/// True when \p M may make a `map` or `filter` whose function is a user
/// function or lambda: some call `map(F, ...)` / `filter(F, ...)` (anywhere,
/// nested defs and lambdas included) has an `F` that is neither `None` nor a
/// builtin's name.
bool mayMapUserFunctions(const Module &M);

/// True when \p E is a pulling point: a call name-applications marked
/// (CallExpr::MayPull), in a module where mayMapUserFunctions holds, that has
/// isPullingCallShape. name-applications makes each a statement of its own,
/// and the tracers record the user-function calls map/filter iterators make
/// while it runs in its `pullCallback` label (docs/trace-format.md, map and
/// filter).
bool isPullCall(const Expr &E);

/// Numbers the `while` statements of one function body (or the module body)
/// in source pre-order, starting at 0, not descending into nested defs. These
/// are the N of the trace labels 'brkN / 'contN (docs/trace-format.md).
std::map<const Stmt *, unsigned> numberLoops(const StmtList &Body);

/// Inserts `Name: object` declarations for \p Names after the declarations
/// already leading \p Body, skipping names declared there already.
void declareAtTop(StmtList &Body, const std::vector<std::string> &Names, SourceRange R);

/// Calls \p Fn on the module body (with F null) and then on the body of every
/// function, nested ones included, outermost first.
void forEachScope(Module &M, const std::function<void(StmtList &Body, FunctionDefStmt *F)> &Fn);

} // namespace pyctl

#endif
