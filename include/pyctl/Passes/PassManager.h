//===- PassManager.h - Runs a pipeline of passes ---------------*- C++ -*-===//
#ifndef PYCTL_PASSES_PASSMANAGER_H
#define PYCTL_PASSES_PASSMANAGER_H

#include "pyctl/Passes/Pass.h"

#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <memory>
#include <vector>

namespace pyctl {

/// An ordered list of passes run over one Module.
/// Input: a Module; output: the same Module transformed by each pass in turn.
/// Errors: a pass's CompileError propagates unchanged; passes after it do not run.
class PassManager {
public:
  /// Appends a pass value (any type satisfying PassModel's requirements).
  template <typename PassT> void addPass(PassT P) {
    Passes.push_back(std::make_unique<PassModel<PassT>>(std::move(P)));
  }
  /// Appends an already type-erased pass.
  void addPass(std::unique_ptr<PassConcept> P) { Passes.push_back(std::move(P)); }

  /// Called after each pass with its name (for -print-after-all).
  void setAfterPassCallback(std::function<void(llvm::StringRef, const Module &)> CB) {
    AfterPass = std::move(CB);
  }

  /// Runs every pass in order over \p M.
  void run(Module &M);

  /// The pipeline as text ("scope-hoist,for-to-while"), as -passes= accepts it.
  std::string pipelineText() const;

  bool empty() const { return Passes.empty(); }

private:
  std::vector<std::unique_ptr<PassConcept>> Passes;
  std::function<void(llvm::StringRef, const Module &)> AfterPass;
};

} // namespace pyctl

#endif
