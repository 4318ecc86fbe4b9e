//===- PassBuilder.h - -passes= text to a PassManager ----------*- C++ -*-===//
#ifndef PYCTL_PASSES_PASSBUILDER_H
#define PYCTL_PASSES_PASSBUILDER_H

#include "pyctl/Passes/PassManager.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace pyctl {

/// One registered pass or pipeline alias, from PassRegistry.def.
struct PassRegistryEntry {
  std::string Name;
  std::string Description;
  /// Non-empty for an alias: the pipeline it stands for.
  std::string Expansion;
};

/// Every registered pass then every alias, in PassRegistry.def order.
const std::vector<PassRegistryEntry> &passRegistry();

/// Parses pipeline text — a comma-separated list of pass names and aliases,
/// e.g. "anf,trace" — and appends the passes to \p PM.
/// Errors: an llvm::Error whose message is
///   "unknown pass name 'X' in pipeline 'TEXT' (valid names: ...)" or
///   "empty pass name in pipeline 'TEXT'"; PM is left unchanged on error.
llvm::Error parsePassPipeline(PassManager &PM, llvm::StringRef Text);

/// Makes the pass registered under \p Name (not an alias), or null.
std::unique_ptr<PassConcept> createPassByName(llvm::StringRef Name);

} // namespace pyctl

#endif
