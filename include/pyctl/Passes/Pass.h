//===- Pass.h - What a pass is ---------------------------------*- C++ -*-===//
//
// A pass is a small value type with a static pipeline name and one
// `void run(Module &)` method (LLVM new-PM style); it has no registration side
// effects. PassManager holds passes behind a type-erased concept.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_PASSES_PASS_H
#define PYCTL_PASSES_PASS_H

#include "pyctl/AST/AST.h"

#include "llvm/ADT/StringRef.h"

#include <memory>

namespace pyctl {

/// Type-erased interface over a pass value; see PassModel.
struct PassConcept {
  virtual ~PassConcept() = default;
  /// Transforms \p M in place. Throws CompileError for input the pass cannot
  /// translate faithfully (never mistranslates).
  virtual void run(Module &M) = 0;
  /// The pass's pipeline name, e.g. "scope-hoist".
  virtual llvm::StringRef name() const = 0;
};

/// Wraps a concrete pass type \p PassT (with `static StringRef name()` and
/// `void run(Module &)`) as a PassConcept.
template <typename PassT> struct PassModel final : PassConcept {
  explicit PassModel(PassT P) : Pass(std::move(P)) {}
  void run(Module &M) override { Pass.run(M); }
  llvm::StringRef name() const override { return PassT::name(); }
  PassT Pass;
};

} // namespace pyctl

#endif
