//===- ComprehensionReads.h - Comprehensions reading unassigned locals -*- C++ -*-===//
#ifndef PYCTL_AST_COMPREHENSIONREADS_H
#define PYCTL_AST_COMPREHENSIONREADS_H

#include "pyctl/AST/AST.h"

namespace pyctl {

/// Makes the list, dict and set comprehensions (ComprehensionExpr) of function
/// \p F's own body (not those of nested defs) that read a local of \p F
/// which may be unassigned there functions of their own, as CPython 3.11 runs
/// every comprehension.
///
/// In CPython a comprehension is a function of its own, so reading an
/// unassigned local of the enclosing function from its element, conditions
/// or later iterables raises NameError ("cannot access free variable 'x'
/// where it is not associated with a value in enclosing scope"); pyctl lowers
/// a comprehension to loops in \p F, where the same read would raise
/// UnboundLocalError. A comprehension is left as it is when every such read
/// is of a local surely assigned there: a parameter, or a name bound by the
/// statements before it (in its block and the enclosing ones; an `if` binds
/// what both branches bind), not deleted (`del`, the end of an `except ...
/// as` handler) since, in a loop, anywhere in the loop, and not declared
/// `nonlocal` by a nested def. The first iterable, which CPython evaluates in
/// \p F, is not checked. Any other comprehension becomes a call
/// `_listcompN(I1)` (`_dictcompN`, `_setcompN`) of the first iterable, and a def placed
/// just before the statement holding it (exact: making a function has no
/// effect, and it captures variables, not values)
///
///     def _listcompN(_compargN):   # __qualname__ F.<locals>.<listcomp>
///         return [E for T in _compargN ...]
///
/// whose comprehension reads \p F's locals as free variables, which raise
/// CPython's NameError when unassigned. The targets of assignment
/// expressions count as assigned after the walrus surely ran (in evaluation
/// order, also inside the comprehension: `[y for x in xs if (y := f(x))]`
/// reads y only after binding it). Fresh names come from \p M.
/// Errors: CompileError (unsupported construct) for a comprehension that
/// must be lifted and holds an assignment expression, whose target would
/// have to bind in \p F from the function made.
void liftComprehensionReads(FunctionDefStmt &F, Module &M);

/// True when comprehension \p C reads one of its own variables before the
/// clause that binds it (`[y for x in xs if y for y in ys]`), also from a
/// comprehension nested in it (`[1 for x in xs if [y for _ in xs] for y in
/// ys]`), where CPython, running a comprehension as a function of its own,
/// raises UnboundLocalError for its local `y` or NameError for the free
/// variable `y` of the nested one. The front end makes such a comprehension
/// a function of its own too (the loops pyctl lowers a comprehension to
/// rename its variables, and would read a value left by an earlier run).
bool readsVariableEarly(const ComprehensionExpr &C);

} // namespace pyctl

#endif
