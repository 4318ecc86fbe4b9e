//===- ModeMachine.h - When a served function is compiled -------*- C++ -*-===//
//
// The life of one served function (docs/serve.md): it is interpreted and
// traced; after enough traced calls (or on request) its merged trace is
// compiled in the background while the interpreter keeps serving; then the
// compiled code serves it. Calls that fall back are re-run in the
// interpreter and traced; when they add enough new paths to the trace the
// function is recompiled, and after too many recompiles that keep falling
// back it stays interpreted for good. This header holds only that decision
// logic, with no threads and no I/O, so it can be tested on its own.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_SERVE_MODEMACHINE_H
#define PYCTL_SERVE_MODEMACHINE_H

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace pyctl {

/// How a served function's calls are run.
enum class ServeMode {
  /// Interpreted and traced; not compiled yet.
  Interpreting,
  /// The first build is running; the interpreter (still tracing) serves.
  Compiling,
  /// Compiled code serves; fallbacks are re-run in the interpreter and traced.
  /// A recompile may be running (ModeMachine::building()); the previous
  /// library serves meanwhile.
  Compiled,
  /// Given up on compiling (it kept falling back after MaxRecompiles
  /// recompiles, or a build failed): interpreted, no longer traced.
  Interpreted,
};

/// The lower-case name used in /status, the X-Pyctl-Mode header and
/// state.json: "interpreting", "compiling", "compiled", "interpreted".
std::string_view modeName(ServeMode M);
/// The mode named \p Name (as modeName writes it), or nullopt.
std::optional<ServeMode> parseModeName(std::string_view Name);

/// When to compile and recompile.
struct ModePolicy {
  /// Traced calls after which the first compile starts (Containerless: 100).
  unsigned TraceCalls = 100;
  /// Fallback calls that changed the merged trace ("new paths") after which
  /// the function is recompiled.
  unsigned RecompileAfterPaths = 1;
  /// Recompiles allowed; when one more would be needed, the function stays
  /// interpreted.
  unsigned MaxRecompiles = 3;
};

/// The counters and mode of one served function, and the rules that move it
/// between modes. Not thread-safe: the owner serialises calls (the Invoker
/// holds its state mutex). Every event method returns true when the caller
/// must start a build now (at most one build runs at a time).
class ModeMachine {
public:
  explicit ModeMachine(ModePolicy Policy = {}) : Policy(Policy) {}

  /// A call (not a fallback) was run in the interpreter with tracing and
  /// its trace merged; \p NewPath is true when that changed the merged
  /// trace. While Interpreting, starts the first compile once TraceCalls
  /// calls have been traced. A new path seen while a build runs is not in
  /// that build's trace and counts towards the next recompile.
  bool onTracedCall(bool NewPath);

  /// A compiled call fell back and was re-run in the interpreter;
  /// \p NewPath is true when its trace changed the merged trace. Starts a
  /// recompile once RecompileAfterPaths new paths are missing from the
  /// compiled code; when MaxRecompiles recompiles have already been made,
  /// switches to Interpreted instead.
  bool onFallback(bool NewPath);

  /// An explicit compile request (POST /compile): starts a build unless one
  /// is running, from any mode (it also retries after Interpreted). Returns
  /// false when a build is already running.
  bool requestCompile();

  /// The running build finished. On success the mode becomes Compiled (a
  /// recompile counts in recompiles()); on failure a first compile goes to
  /// Interpreted with \p Error kept in lastError(), and a failed recompile
  /// keeps the previous library (Compiled). New paths counted while the
  /// build ran were not in its trace (a build compiles the trace as it was
  /// when it started): when they already reach RecompileAfterPaths, returns
  /// true (build again), or goes Interpreted if no recompile is left.
  bool onBuildFinished(bool Ok, const std::string &Error = {});

  /// The current mode.
  ServeMode mode() const { return Mode; }
  /// True while a build runs.
  bool building() const { return Building; }
  /// Calls traced while interpreting towards the first compile.
  unsigned tracedCalls() const { return TracedCalls; }
  /// New paths merged since the running or last build took its trace.
  unsigned newPaths() const { return NewPaths; }
  /// Successful builds.
  unsigned compiles() const { return Compiles; }
  /// Successful builds after the first.
  unsigned recompiles() const { return Compiles > 0 ? Compiles - 1 : 0; }
  /// The last build error, or why the function went Interpreted.
  const std::string &lastError() const { return LastError; }
  /// The policy in force.
  const ModePolicy &policy() const { return Policy; }

  /// The persistent part as JSON: {"mode", "tracedCalls", "newPaths",
  /// "compiles", "lastError"}. A build in progress is saved as the mode it
  /// came from (Compiling is saved as Interpreting), so a restarted server
  /// starts that build again.
  nlohmann::json save() const;
  /// Restores what save() wrote. \p HaveLibrary says whether the compiled
  /// library could be loaded: without it a Compiled state is rebuilt from
  /// the saved trace (Compiling). Returns true when a build should start
  /// right away (that rebuild, or traced calls that already reach
  /// TraceCalls). Throws std::invalid_argument for malformed input.
  bool restore(const nlohmann::json &State, bool HaveLibrary);

private:
  /// Starts a recompile, or gives up, when enough new paths are missing.
  bool recompileIfNeeded();
  /// Marks a build as started (its trace is taken now).
  void startBuild();

  ModePolicy Policy;
  ServeMode Mode = ServeMode::Interpreting;
  bool Building = false;
  unsigned TracedCalls = 0;
  unsigned NewPaths = 0;
  unsigned Compiles = 0;
  std::string LastError;
};

} // namespace pyctl

#endif // PYCTL_SERVE_MODEMACHINE_H
