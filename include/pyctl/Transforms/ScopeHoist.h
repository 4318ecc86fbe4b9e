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
/// Names declared `global` or `nonlocal` in a function are not its locals; a
/// name a function declares global is declared at the top of the module.
///
/// Errors: the CompileErrors of ScopeAnalysis (a nonlocal without binding).
class ScopeHoistPass {
public:
  static llvm::StringRef name() { return "scope-hoist"; }
  void run(Module &M);
};

} // namespace pyctl

#endif
