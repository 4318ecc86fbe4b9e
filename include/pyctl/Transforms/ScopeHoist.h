//===- ScopeHoist.h - Declare every local at the top of its scope -*- C++ -*-===//
#ifndef PYCTL_TRANSFORMS_SCOPEHOIST_H
#define PYCTL_TRANSFORMS_SCOPEHOIST_H

#include "pyctl/AST/AST.h"

#include "llvm/ADT/StringRef.h"

namespace pyctl {

/// `scope-hoist`: inserts a DeclareStmt (`x: object`) at the top of every
/// function for each of its locals (Python's rule: every name bound anywhere
/// in the body, parameters excepted), and at the top of the module for each
/// module-level name, in order of first binding. A declaration does not bind,
/// so reading a local before assignment still raises UnboundLocalError
/// (NameError at module level) exactly as CPython does. Idempotent.
///
/// Errors: CompileError "unsupported construct: closure ..." for a nested
/// function that reads a local of an enclosing function (closures are not
/// traced yet), located at the nested def.
class ScopeHoistPass {
public:
  static llvm::StringRef name() { return "scope-hoist"; }
  void run(Module &M);
};

} // namespace pyctl

#endif
