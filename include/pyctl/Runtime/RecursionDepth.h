//===- RecursionDepth.h - One depth count for calls and nested values -*- C++ -*-===//
//
// CPython 3.11 counts Python calls and the C-level recursion of repr(), ==,
// <, hash() and json.dumps over nested containers against one limit
// (sys.getrecursionlimit(), 1000), and raises RecursionError past it. Where
// that happens depends on the frames of whatever called the function, so pyctl
// cannot reproduce it; instead it refuses (UnsupportedError) once the combined
// depth passes SafeDepth, a bound safely below CPython's. Below the bound
// CPython never raises RecursionError, so pyctl's answer there is exact.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_RECURSIONDEPTH_H
#define PYCTL_RUNTIME_RECURSIONDEPTH_H

namespace pyctl {

/// One level of the combined depth, held for the lifetime of the object: a
/// user call (the trace evaluator holds one per frame) or one container level
/// of a recursive value operation (repr, ==, ordering, hash, json.dumps).
/// Counted per thread.
class RecursionScope {
public:
  /// The deepest combined depth pyctl runs: calls (at most 500, see
  /// TraceEvaluator::MaxCallDepth) plus nested container levels. CPython's
  /// limit is 1000 less the frames of its caller.
  static constexpr unsigned SafeDepth = 800;

  /// Enters one level for \p What (e.g. "repr"). Throws UnsupportedError
  /// naming \p What when the depth would pass SafeDepth (the level is then
  /// not entered).
  explicit RecursionScope(const char *What);
  ~RecursionScope();
  RecursionScope(const RecursionScope &) = delete;
  RecursionScope &operator=(const RecursionScope &) = delete;

  /// The combined depth of the calling thread now.
  static unsigned current();
};

} // namespace pyctl

#endif
