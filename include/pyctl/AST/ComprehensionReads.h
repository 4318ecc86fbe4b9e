//===- ComprehensionReads.h - Refuse free reads pyctl cannot match -*- C++ -*-===//
#ifndef PYCTL_AST_COMPREHENSIONREADS_H
#define PYCTL_AST_COMPREHENSIONREADS_H

#include "pyctl/AST/AST.h"

namespace pyctl {

/// Checks the list and dict comprehensions (ComprehensionExpr) of function
/// \p F's own body (not those of nested defs) for reads of \p F's locals
/// that may be unassigned when read.
///
/// In CPython 3.11 a comprehension is a function of its own, so reading an
/// unassigned local of the enclosing function from its element, conditions
/// or later iterables raises NameError ("cannot access free variable 'x'
/// where it is not associated with a value in enclosing scope"); pyctl lowers
/// such a comprehension to loops in \p F, where the same read would raise
/// UnboundLocalError. So every such read must be of a local that is surely
/// assigned there: a parameter, or a name bound by the statements before it
/// (in its block and the enclosing ones; an `if` binds what both branches
/// bind), not deleted (`del`, the end of an `except ... as` handler) since,
/// in a loop, anywhere in the loop, and not declared `nonlocal` by a nested
/// def. The first iterable, which CPython evaluates in \p F, is not checked.
///
/// Errors: CompileError "unsupported construct: ..." at the first read that
/// may be unassigned.
void checkComprehensionReads(const FunctionDefStmt &F);

} // namespace pyctl

#endif
