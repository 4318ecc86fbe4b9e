//===- NameApplications.h - A-normal form for calls ------------*- C++ -*-===//
#ifndef PYCTL_TRANSFORMS_NAMEAPPLICATIONS_H
#define PYCTL_TRANSFORMS_NAMEAPPLICATIONS_H

#include "pyctl/AST/AST.h"

#include "llvm/ADT/StringRef.h"

namespace pyctl {

/// `name-applications`: brings calls of user functions into A-normal form.
/// Afterwards every such call is a statement of its own, `x = f(a, ...)` or
/// `f(a, ...)`, whose callee is a name and whose arguments contain no user
/// calls. Builtins (len, print, ...) are primitive operations, not
/// applications, and stay inside expressions.
///
/// Semantics preserved exactly: operands evaluated before a lifted call are
/// first saved in temporaries (`_tN`, declared at the top of the scope), so
/// left-to-right order and the point where an exception is raised do not
/// change; the right operand of `and`/`or` and later links of a comparison
/// chain are lifted into an `if`, so they run only when Python would run them;
/// `while` conditions with calls become `while True:` loops that re-evaluate
/// the call each iteration.
///
/// Errors: CompileError for a `while ... else` whose condition calls a user
/// function and whose `else` contains `break`/`continue` (not yet lowered).
class NameApplicationsPass {
public:
  static llvm::StringRef name() { return "name-applications"; }
  void run(Module &M);
};

} // namespace pyctl

#endif
