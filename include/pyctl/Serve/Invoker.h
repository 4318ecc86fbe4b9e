//===- Invoker.h - Serve one Python function: interpret, trace, compile -*- C++ -*-===//
//
// The accelerating invoker of docs/serve.md. It owns one served function: the
// parsed and normalised program, the merged trace of the calls interpreted so
// far, the compiled library once there is one, and the ModeMachine that says
// which of them serves the next call. Calls run in parallel, each with its
// own interpreter state; merging traces, counting and persisting are
// serialised under one lock; builds run on a background thread.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_SERVE_INVOKER_H
#define PYCTL_SERVE_INVOKER_H

#include "pyctl/Runtime/Value.h"
#include "pyctl/Serve/ModeMachine.h"

#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace pyctl {

/// How the `value` object of a /run request becomes the entry's arguments.
enum class CallingConvention {
  /// OpenWhisk when the entry has one parameter; AWS when it has two and the
  /// second is named `context`; otherwise Positional.
  Auto,
  /// `main(args)`: the `value` dict is the one argument (OpenWhisk's Python
  /// runtime). The result must be a dict.
  OpenWhisk,
  /// `handler(event, context)`: `value` is the event, `context` is None.
  /// The result must be a dict.
  Aws,
  /// `f(a, b, ...)`: `value` is {"args": [a, b, ...]}; the response is
  /// {"result": <return value>}, so any JSON-representable result is fine.
  Positional,
};

/// The name of a convention as `--calling` spells it ("auto", "openwhisk",
/// "aws", "positional").
const char *callingConventionName(CallingConvention C);

/// Options of a served function (`pyctl serve` flags).
struct InvokerOptions {
  /// When to compile and recompile.
  ModePolicy Policy;
  /// Gas per call, in the interpreter and in compiled code; 0 = unlimited.
  uint64_t Gas = 0;
  /// Wall-clock limit per interpreted call; 0 = none. Compiled calls are
  /// bounded by gas only (they cannot be interrupted).
  std::chrono::milliseconds Timeout{0};
  /// State directory (docs/serve.md); empty = keep state in memory and build
  /// libraries in a temporary directory removed on exit.
  std::string StateDir;
  /// How requests map to arguments.
  CallingConvention Calling = CallingConvention::Auto;
  /// The entry function (empty: `main`, else the file's last top-level def).
  std::string Entry;
  /// Write each activation's output and the OpenWhisk log sentinel to the
  /// server's stdout/stderr.
  bool Log = true;
};

/// The HTTP answer to one /run call.
struct RunResponse {
  /// HTTP status (200, or the OpenWhisk runtime's error codes; docs/serve.md).
  int Status = 200;
  /// The response body: the action's JSON result or {"error": ...}.
  std::string Body;
  /// Who answered: "interpreter", "compiled" or "fallback" (compiled code
  /// fell back and the interpreter answered); empty when nothing ran.
  std::string ServedBy;
  /// The function's mode after the call (modeName()).
  std::string Mode;
  /// The Python exception type when the call raised, else empty.
  std::string ErrorType;
};

/// One served function. Thread-safe: run(), requestCompile() and status()
/// may be called from any number of threads.
class Invoker {
public:
  /// Loads \p Source (the text of file \p Path): parses it, runs the `anf`
  /// pipeline, picks the entry, and restores the state directory when one is
  /// given (resuming its mode, reloading its library, and starting a build
  /// that was due or interrupted).
  /// Errors: the program's diagnostics (clang-style text, in the error
  /// message), an unknown entry, a state directory of another source, an
  /// unreadable state file.
  static llvm::Expected<std::unique_ptr<Invoker>> create(const std::string &Path,
                                                         const std::string &Source,
                                                         const InvokerOptions &Opts);
  /// Stops the build thread (waiting for a running build) and cancels
  /// interpreted calls still running.
  ~Invoker();

  /// Runs one call with \p Params, the request's `value`, and answers it:
  /// - 200 and json.dumps(result) (ActionJSON.h) after a return;
  /// - 200 and {"error": str(exception)} when the function raised, as the
  ///   OpenWhisk Python launcher answers (ErrorType names the exception);
  /// - 502 {"error": "The action did not return a dictionary."} for a result
  ///   that is not a dict (OpenWhisk/AWS conventions) or has no JSON form;
  /// - 400 {"error": ...} when \p Params do not fit the calling convention;
  /// - 502 when the call ran out of gas, 504 when it ran out of time, 501
  ///   for operations pyctl cannot reproduce exactly, each {"error": ...}.
  /// In Compiled mode the compiled code answers; a call it cannot finish
  /// (fallback) is re-run in the interpreter with tracing, merged, and may
  /// start a recompile.
  RunResponse run(const Value &Params);

  /// POST /compile: starts a build of the merged trace now unless one is
  /// running or nothing has been traced yet. Returns true when it started.
  bool requestCompile();

  /// Blocks until no build is running or queued (tests and shutdown).
  void waitForBuilds();

  /// GET /status: {"action", "source": {"path", "sha256"}, "mode",
  /// "building", "tracedCalls", "traceCalls", "newPaths",
  /// "recompileAfterPaths", "compiles", "recompiles", "maxRecompiles",
  /// "lastError", "library", "traceInvocations", "calls": {"total",
  /// "compiled", "interpreted", "fallbacks", "raised", "failed"},
  /// "limits": {"gas", "timeoutMs"}, "calling", "stateDir"}.
  nlohmann::json status() const;

  /// The current mode.
  ServeMode mode() const;
  /// The entry function's name.
  const std::string &entryName() const;
  /// The SHA-256 of the served source.
  const std::string &sourceSha256() const;

  /// The implementation (lib/Serve/Invoker.cpp).
  class Impl;

private:
  explicit Invoker(std::unique_ptr<Impl> P);
  std::unique_ptr<Impl> P;
};

} // namespace pyctl

#endif // PYCTL_SERVE_INVOKER_H
