//===- TraceEvaluator.h - Run a normalised program, record its trace -*- C++ -*-===//
//
// The C++ interpreter of the normalised program. It follows CPython 3.11's
// semantics (values and operators from pyctl/Runtime) and, while it runs,
// records the invocation's trace tree exactly as docs/trace-format.md
// specifies; the Python tracing module records the same tree under CPython.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_TRACE_TRACEEVALUATOR_H
#define PYCTL_TRACE_TRACEEVALUATOR_H

#include "pyctl/AST/AST.h"
#include "pyctl/Runtime/ResourceLimits.h"
#include "pyctl/Runtime/Value.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace pyctl {

/// What one invocation did: returned a value or raised, and what it printed.
struct InvocationResult {
  /// True when the call raised a Python exception (ErrorType names it).
  bool Raised = false;
  std::string ErrorType;
  /// CPython's message for the exception (for diagnostics only).
  std::string ErrorMessage;
  /// The returned value (None when Raised).
  Value Result;
  /// Everything print() wrote, in order.
  std::string Stdout;
};

/// The result line of docs/driver.md for \p R, as one line of JSON text:
/// {"repr": ..., "stdout": ..., "json": ...} (json omitted when the value has
/// no JSON form) or {"error": "Type", "stdout": ...}.
std::string resultLine(const InvocationResult &R);

/// The function an invocation calls: \p Requested when non-empty, else a
/// top-level `def main`, else the last top-level def. Errors: CompileError
/// when that function does not exist, is not a top-level def, has a `*args`
/// parameter, or its name is bound again at module level (the trace assumes
/// the entry never changes).
const FunctionDefStmt &chooseEntry(const Module &M, const std::string &Requested);

/// Interprets a normalised Module (the output of the `anf` pipeline) and
/// records one trace per invocation.
///
/// Input: the Module (kept by reference; it must outlive the evaluator) and
/// the entry function. Each invoke() runs the module's top-level code afresh
/// and then calls the entry with the given positional arguments, as a
/// serverless platform loading the function for one call would.
///
/// Errors: invoke() reports Python exceptions in the InvocationResult (never
/// as C++ exceptions); it throws CompileError for a program that is not
/// normalised, and UnsupportedError for operations whose CPython result pyctl
/// cannot reproduce exactly, and ResourceLimitError when the call exceeds the
/// limits set by setLimits() (in both cases no result is reported at all, and
/// the trace is incomplete and must be discarded).
///
/// Threads: an evaluator runs one invocation at a time, but any number of
/// evaluators, one per thread, may run at once over the same Module: they
/// only read it, and share no mutable state (values and their reference
/// counts are per evaluator; the runtime has no mutable globals).
class TraceEvaluator {
public:
  TraceEvaluator(const Module &M, const FunctionDefStmt &Entry);
  ~TraceEvaluator();

  /// Runs one invocation. \p Trace receives its trace tree: the root `block`
  /// of docs/trace-format.md section 3 (module code, then the entry call).
  InvocationResult invoke(const std::vector<Value> &Args, nlohmann::json &Trace);

  /// The limits of each later invoke() (none by default): gas spent once per
  /// test of a `while` condition and once per user call, as compiled code
  /// spends it (docs/trace-format.md, section 5), a deadline and a
  /// cancellation flag. Each invoke() starts with the full budget. A call
  /// that exceeds one throws ResourceLimitError out of invoke().
  void setLimits(const ResourceLimits &L);

  /// The `__name__` of the module while later invocations run: `__main__`
  /// (a program run as a script, `python3 fn.py`) by default. It is visible
  /// only in the TypeErrors of `*` and `**` arguments of user calls, which
  /// CPython words with the callee's `__module__` and `__qualname__`
  /// ("m.f() got multiple values for keyword argument 'a'"; just "f()" when
  /// the name is `builtins`, as CPython's _PyObject_FunctionStr does). The
  /// name depends on how the module is loaded: `pyctl serve` sets `main__`,
  /// the module OpenWhisk's Python runtime imports an action as.
  void setModuleName(const std::string &Name);

  /// The entry's parameter names.
  const std::vector<std::string> &params() const;

  /// Maximum depth of nested user calls; deeper recursion stops with an
  /// UnsupportedError (CPython's own limit depends on its stack of frames,
  /// which pyctl does not model, so it never guesses near it).
  static constexpr unsigned MaxCallDepth = 500;

private:
  class Impl;
  std::unique_ptr<Impl> P;
};

/// A trace envelope (docs/trace-format.md section 1) around \p Trace.
nlohmann::json makeTraceFile(const Module &M, const FunctionDefStmt &Entry, nlohmann::json Trace,
                             unsigned Invocations);

} // namespace pyctl

#endif
