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
#include <set>
#include <string>
#include <vector>

namespace pyctl {

/// Names bound by statements of \p Body (assignment and augmented-assignment
/// targets, tuple target elements, for targets, def names, declarations), in
/// order of first occurrence, without descending into nested defs.
std::vector<std::string> boundNames(const StmtList &Body);

/// Names bound by the single statement \p S (as boundNames does for a list).
std::vector<std::string> boundNamesOf(const Stmt &S);

/// The local names of a function: its parameters, then boundNames(Body).
std::vector<std::string> localNames(const FunctionDefStmt &F);

/// Names read (NameExpr in load position or as the callee) anywhere in \p Body,
/// not descending into nested defs.
std::set<std::string> readNames(const StmtList &Body);

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
