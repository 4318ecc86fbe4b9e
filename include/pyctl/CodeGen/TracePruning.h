//===- TracePruning.h - Keep compiled code within rustc's means -*- C++ -*-===//
#ifndef PYCTL_CODEGEN_TRACEPRUNING_H
#define PYCTL_CODEGEN_TRACEPRUNING_H

#include <nlohmann/json.hpp>

#include <cstddef>

namespace pyctl {

/// Limits on the trace a compiled function is made from.
struct PruneLimits {
  /// Inlined calls nested deeper than this are not compiled (deep recursion
  /// makes blocks nested so deeply that rustc overflows its stack).
  unsigned MaxCallDepth = 96;
  /// At most about this many trace nodes are compiled: tree recursion
  /// (`fib`) doubles the trace with every level, and rustc's memory grows
  /// with it.
  size_t MaxNodes = 20000;
};

/// A copy of trace file \p TraceFile whose calls nested too deeply (beyond
/// MaxCallDepth, or beyond the depth at which the trace would exceed
/// MaxNodes) are cut: their guard's `truePart` becomes `[unknown]`. That is
/// always sound, since `unknown` makes compiled code fall back and the
/// interpreter re-runs the call (docs/trace-format.md section 5); only deep
/// paths lose their speed-up. Traces within the limits come back unchanged.
nlohmann::json pruneForCompilation(const nlohmann::json &TraceFile, const PruneLimits &Limits = {});

} // namespace pyctl

#endif
