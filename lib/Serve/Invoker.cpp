//===- Invoker.cpp - Serve one Python function: interpret, trace, compile -===//
#include "pyctl/Serve/Invoker.h"

#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/CodeGen/RustBuild.h"
#include "pyctl/CodeGen/RustEmitter.h"
#include "pyctl/CodeGen/TracePruning.h"
#include "pyctl/Passes/PassBuilder.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/ValueJSON.h"
#include "pyctl/Serve/ActionJSON.h"
#include "pyctl/Serve/CompiledLibrary.h"
#include "pyctl/Serve/TraceStore.h"
#include "pyctl/Trace/TraceEvaluator.h"
#include "pyctl/Trace/TraceMerge.h"


#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

namespace pyctl {

const char *callingConventionName(CallingConvention C) {
  switch (C) {
  case CallingConvention::Auto:
    return "auto";
  case CallingConvention::OpenWhisk:
    return "openwhisk";
  case CallingConvention::Aws:
    return "aws";
  case CallingConvention::Positional:
    return "positional";
  }
  return "?";
}

namespace {

llvm::Error makeError(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg.str());
}

/// The log sentinel OpenWhisk runtimes print after each activation, on both
/// stdout and stderr (openwhisk-runtime-docker, actionproxy.py).
constexpr const char *LogSentinel = "XXX_THE_END_OF_A_WHISK_ACTIVATION_XXX\n";

} // namespace

class Invoker::Impl {
public:
  InvokerOptions Opts;
  std::string Path;
  std::unique_ptr<Module> M;
  const FunctionDefStmt *Entry = nullptr;
  CallingConvention Calling = CallingConvention::OpenWhisk;
  size_t NumParams = 0;

  // Interpreter states, one per call in flight, reused across calls.
  std::mutex PoolMutex;
  std::vector<std::unique_ptr<TraceEvaluator>> Pool;

  // Everything below is guarded by StateMutex.
  mutable std::mutex StateMutex;
  ModeMachine Machine;
  nlohmann::json Merged;      // the merged trace tree (null before the first call)
  unsigned Invocations = 0;   // calls merged into Merged
  std::shared_ptr<const CompiledLibrary> Library;
  std::string LibraryFile;    // its file name in LibDir
  unsigned Generation = 0;    // last library number used
  struct {
    uint64_t Total = 0, Compiled = 0, Interpreted = 0, Fallbacks = 0, Raised = 0, Failed = 0;
  } Calls;
  std::unique_ptr<TraceStore> Store; // null without --state
  std::string LibDir;                // where libraries are built
  bool OwnLibDir = false;            // a temporary directory to remove

  // The build thread.
  std::condition_variable BuildCV;
  bool BuildQueued = false;
  bool BuildRunning = false;
  bool Stopping = false;
  std::thread Builder;
  std::atomic<bool> Cancel{false};

  std::mutex LogMutex;

  explicit Impl(const InvokerOptions &O) : Opts(O), Machine(O.Policy) {}

  ~Impl() {
    {
      std::unique_lock<std::mutex> L(StateMutex);
      Stopping = true;
      Cancel = true;
    }
    BuildCV.notify_all();
    if (Builder.joinable())
      Builder.join();
    Library.reset();
    if (OwnLibDir)
      llvm::sys::fs::remove_directories(LibDir);
  }

  llvm::Error load(const std::string &Source);
  RunResponse run(const Value &Params);
  void buildLoop();
  void queueBuild(); // caller holds StateMutex

  /// The answer to a call over its time limit (504, as OpenWhisk's timeouts).
  RunResponse timeoutResponse() const {
    RunResponse R;
    R.Status = 504;
    R.Body = actionErrorBody("The action exceeded its time limit of " +
                             std::to_string(Opts.Timeout.count()) + " milliseconds.");
    return R;
  }
  /// Runs one call in an interpreter from the pool. Trace receives the call's
  /// trace when Traced is true.
  RunResponse interpret(const std::vector<Value> &Args, bool Traced, nlohmann::json &Trace,
                        bool &Ran);
  /// Merges a trace and saves state; returns true when the tree changed.
  bool mergeLocked(nlohmann::json Trace);
  void saveStateLocked();
  nlohmann::json traceFileLocked() const {
    return makeTraceFile(*M, *Entry, Merged, Invocations);
  }
  /// Formats the answer for a returned value.
  RunResponse answer(const Value &Result) const;
  void logActivation(const std::string &Stdout, const std::string &ErrLine);
};

llvm::Error Invoker::Impl::load(const std::string &Source) {
  std::string DiagText;
  llvm::raw_string_ostream DiagOS(DiagText);
  DiagnosticEngine Diags(Path, Source);
  Diags.setOutput(DiagOS);
  try {
    PassManager PM;
    if (auto Err = parsePassPipeline(PM, "anf"))
      return Err;
    M = parsePython(Path, Source);
    PM.run(*M);
    Entry = &chooseEntry(*M, Opts.Entry);
  } catch (const CompileError &E) {
    Diags.report(E);
    return makeError(DiagOS.str());
  }
  NumParams = Entry->Params.size();
  Calling = Opts.Calling;
  if (Calling == CallingConvention::Auto) {
    if (NumParams == 1)
      Calling = CallingConvention::OpenWhisk;
    else if (NumParams == 2 && Entry->Params[1] == "context")
      Calling = CallingConvention::Aws;
    else
      Calling = CallingConvention::Positional;
  }
  if (Calling == CallingConvention::OpenWhisk && NumParams != 1)
    return makeError(Path + ": the openwhisk calling convention needs an entry with one parameter; '" +
                     Entry->Name + "' has " + std::to_string(NumParams));
  if (Calling == CallingConvention::Aws && NumParams != 2)
    return makeError(Path + ": the aws calling convention needs an entry with two parameters; '" +
                     Entry->Name + "' has " + std::to_string(NumParams));

  // Libraries go to the state directory, else to a temporary one.
  bool StartBuild = false;
  if (!Opts.StateDir.empty()) {
    Store = std::make_unique<TraceStore>(Opts.StateDir);
    if (auto Err = Store->open())
      return Err;
    LibDir = Opts.StateDir;
    auto Stored = Store->load(M->SourceSha256);
    if (!Stored)
      return Stored.takeError();
    if (*Stored) {
      StoredState &S = **Stored;
      if (S.State.value("entry", "") != Entry->Name)
        return makeError("state directory '" + Opts.StateDir + "' was saved for entry '" +
                         S.State.value("entry", "") + "', not '" + Entry->Name + "'");
      if (!S.Trace.is_null()) {
        try {
          normalizeTraceFile(S.Trace);
        } catch (const TraceMergeError &E) {
          return makeError("state directory '" + Opts.StateDir + "': trace.json: " + E.what());
        }
        Merged = S.Trace["trace"];
        // trace.json is rewritten when the tree changes, state.json after
        // every call: the latter has the count.
        Invocations = S.State.value("traceInvocations", S.Trace.value("invocations", 0u));
      }
      const nlohmann::json &C = S.State.contains("calls") ? S.State["calls"] : nlohmann::json::object();
      Calls.Total = C.value("total", 0ull);
      Calls.Compiled = C.value("compiled", 0ull);
      Calls.Interpreted = C.value("interpreted", 0ull);
      Calls.Fallbacks = C.value("fallbacks", 0ull);
      Calls.Raised = C.value("raised", 0ull);
      Calls.Failed = C.value("failed", 0ull);
      Generation = S.State.value("generation", 0u);
      bool HaveLibrary = false;
      if (!S.LibraryPath.empty()) {
        std::string LoadError;
        Library = CompiledLibrary::load(S.LibraryPath, LoadError);
        if (Library) {
          HaveLibrary = true;
          LibraryFile = S.State.value("library", "");
        } else {
          llvm::errs() << "pyctl serve: warning: cannot load the saved library '" << S.LibraryPath
                       << "' (" << LoadError << "); rebuilding it\n";
        }
      }
      try {
        StartBuild = Machine.restore(S.State.contains("machine") ? S.State["machine"]
                                                                  : nlohmann::json(),
                                     HaveLibrary);
      } catch (const std::invalid_argument &E) {
        return makeError("state directory '" + Opts.StateDir + "': state.json: " + E.what());
      }
      if (Merged.is_null() && StartBuild) {
        // Nothing to compile: a state with no trace.
        Machine.onBuildFinished(false, "no trace saved");
        StartBuild = false;
      }
    }
  } else {
    llvm::SmallString<128> Tmp;
    if (std::error_code EC = llvm::sys::fs::createUniqueDirectory("pyctl-serve", Tmp))
      return makeError("cannot create a temporary directory: " + EC.message());
    LibDir = std::string(Tmp.str());
    OwnLibDir = true;
  }
  Builder = std::thread([this] { buildLoop(); });
  if (StartBuild) {
    std::lock_guard<std::mutex> L(StateMutex);
    queueBuild();
  }
  return llvm::Error::success();
}

void Invoker::Impl::queueBuild() {
  BuildQueued = true;
  BuildCV.notify_all();
}

void Invoker::Impl::saveStateLocked() {
  if (!Store)
    return;
  nlohmann::json State = {{"machine", Machine.save()},
                          {"library", LibraryFile.empty() ? nlohmann::json() : nlohmann::json(LibraryFile)},
                          {"generation", Generation},
                          {"traceInvocations", Invocations},
                          {"calls",
                           {{"total", Calls.Total},
                            {"compiled", Calls.Compiled},
                            {"interpreted", Calls.Interpreted},
                            {"fallbacks", Calls.Fallbacks},
                            {"raised", Calls.Raised},
                            {"failed", Calls.Failed}}}};
  if (auto Err = Store->saveState(std::move(State), M->Path, M->SourceSha256, Entry->Name))
    llvm::errs() << "pyctl serve: warning: " << llvm::toString(std::move(Err)) << '\n';
}

bool Invoker::Impl::mergeLocked(nlohmann::json Trace) {
  bool Changed;
  if (Merged.is_null()) {
    Merged = std::move(Trace);
    Changed = true;
  } else {
    try {
      nlohmann::json Next = mergeTraceNodes(Merged, Trace);
      Changed = Next != Merged;
      Merged = std::move(Next);
    } catch (const TraceMergeError &E) {
      llvm::errs() << "pyctl serve: warning: a call's trace does not merge (kept out of the "
                      "compiled code): "
                   << E.what() << '\n';
      return false;
    }
  }
  ++Invocations;
  if (Store && Changed)
    if (auto Err = Store->saveTrace(traceFileLocked()))
      llvm::errs() << "pyctl serve: warning: " << llvm::toString(std::move(Err)) << '\n';
  return Changed;
}

void Invoker::Impl::logActivation(const std::string &Stdout, const std::string &ErrLine) {
  if (!Opts.Log)
    return;
  std::lock_guard<std::mutex> L(LogMutex);
  std::fwrite(Stdout.data(), 1, Stdout.size(), stdout);
  std::fputs(LogSentinel, stdout);
  std::fflush(stdout);
  if (!ErrLine.empty())
    std::fputs(ErrLine.c_str(), stderr);
  std::fputs(LogSentinel, stderr);
  std::fflush(stderr);
}

RunResponse Invoker::Impl::answer(const Value &Result) const {
  RunResponse R;
  std::string Why;
  if (Calling == CallingConvention::Positional) {
    auto Text = dumpsActionJSON(Result, &Why);
    if (!Text) {
      R.Status = 502;
      R.Body = actionErrorBody("The action did not return a JSON-serializable value: " + Why + ".");
      return R;
    }
    R.Body = "{\"result\": " + *Text + "}";
    return R;
  }
  if (!Result.isDict()) {
    R.Status = 502;
    R.Body = actionErrorBody("The action did not return a dictionary.");
    return R;
  }
  auto Text = dumpsActionJSON(Result, &Why);
  if (!Text) {
    R.Status = 502;
    R.Body = actionErrorBody("The action did not return a dictionary: its result cannot be written as "
                       "JSON (" + Why + ").");
    return R;
  }
  R.Body = std::move(*Text);
  return R;
}

RunResponse Invoker::Impl::interpret(const std::vector<Value> &Args, bool Traced,
                                     nlohmann::json &Trace, bool &Ran) {
  Ran = false;
  std::unique_ptr<TraceEvaluator> Eval;
  {
    std::lock_guard<std::mutex> L(PoolMutex);
    if (!Pool.empty()) {
      Eval = std::move(Pool.back());
      Pool.pop_back();
    }
  }
  if (!Eval) {
    Eval = std::make_unique<TraceEvaluator>(*M, *Entry);
    // OpenWhisk's Python runtime imports the action as the module `main__`
    // (python3ActionLoop: bin/compile, lib/launcher.py), which CPython's
    // messages about `*` / `**` arguments of user calls name.
    Eval->setModuleName("main__");
  }
  RunResponse R;
  R.ServedBy = "interpreter";
  std::string ErrLine;
  std::string Stdout;
  ResourceLimits Limits;
  Limits.Gas = Opts.Gas;
  if (Opts.Timeout.count() > 0)
    Limits.Deadline = std::chrono::steady_clock::now() + Opts.Timeout;
  Limits.Cancel = &Cancel;
  Eval->setLimits(Limits);
  try {
    InvocationResult IR = Eval->invoke(Args, Trace);
    Ran = true;
    Stdout = std::move(IR.Stdout);
    if (IR.Raised) {
      // The OpenWhisk Python launcher answers {"error": str(ex)} and prints
      // the traceback on stderr.
      R.ErrorType = IR.ErrorType;
      R.Body = actionErrorBody(IR.ErrorMessage);
      ErrLine = IR.ErrorMessage.empty() ? IR.ErrorType + "\n"
                                        : IR.ErrorType + ": " + IR.ErrorMessage + "\n";
    } else {
      RunResponse A = answer(IR.Result);
      R.Status = A.Status;
      R.Body = std::move(A.Body);
    }
  } catch (const ResourceLimitError &E) {
    std::string What = E.what();
    if (E.kind() == ResourceLimitError::Kind::Timeout) {
      RunResponse T = timeoutResponse();
      R.Status = T.Status;
      R.Body = std::move(T.Body);
    } else if (E.kind() == ResourceLimitError::Kind::OutOfGas) {
      R.Status = 502;
      R.Body = actionErrorBody("The action ran out of gas: it exceeded its budget of " +
                         std::to_string(Opts.Gas) + " interpreter steps.");
    } else {
      R.Status = 503;
      R.Body = actionErrorBody("The call was cancelled: the server is shutting down.");
    }
    ErrLine = "pyctl serve: " + What + "\n";
  } catch (const UnsupportedError &E) {
    R.Status = 501;
    R.Body = actionErrorBody(std::string("pyctl cannot run this call exactly as CPython would: ") + E.what());
    ErrLine = std::string("pyctl serve: ") + E.what() + "\n";
  } catch (const std::exception &E) {
    R.Status = 500;
    R.Body = actionErrorBody(std::string("Internal error. ") + E.what());
    ErrLine = std::string("pyctl serve: internal error: ") + E.what() + "\n";
    Eval.reset(); // its state is suspect
  }
  if (Eval) {
    std::lock_guard<std::mutex> L(PoolMutex);
    Pool.push_back(std::move(Eval));
  }
  if (!Traced)
    Trace = nullptr;
  logActivation(Stdout, ErrLine);
  return R;
}

RunResponse Invoker::Impl::run(const Value &Params) {
  // Arguments per the calling convention.
  std::vector<Value> Args;
  auto BadArgs = [](const std::string &Msg) {
    RunResponse R;
    R.Status = 400;
    R.Body = actionErrorBody(Msg);
    return R;
  };
  switch (Calling) {
  case CallingConvention::OpenWhisk:
  case CallingConvention::Auto:
    Args.push_back(Params);
    break;
  case CallingConvention::Aws:
    Args.push_back(Params);
    Args.push_back(Value::none());
    break;
  case CallingConvention::Positional: {
    const Value *A = Params.asDict()->find(Value::str("args"));
    if (!A || !A->isList())
      return BadArgs("The action takes positional arguments: send {\"value\": {\"args\": [...]}}.");
    Args = *A->asList();
    break;
  }
  }

  std::shared_ptr<const CompiledLibrary> Lib;
  ServeMode Mode;
  {
    std::lock_guard<std::mutex> L(StateMutex);
    Mode = Machine.mode();
    if (Mode == ServeMode::Compiled)
      Lib = Library;
  }

  bool FellBack = false;
  if (Lib) {
    std::string ArgsJson = dumpsActionJSON(Value::list(Args)).value_or("");
    CompiledCallResult C;
    if (!ArgsJson.empty())
      C = Lib->call(ArgsJson, Opts.Gas, Opts.Timeout);
    else
      C.Status = CompiledCallResult::Fallback;
    if (C.Status == CompiledCallResult::Fallback && C.Reason == "timeout") {
      // Its time is spent: answered as the interpreter answers a timeout, not re-run.
      RunResponse R = timeoutResponse();
      R.ServedBy = "compiled";
      logActivation("", "pyctl serve: timeout\n");
      std::lock_guard<std::mutex> L(StateMutex);
      ++Calls.Total;
      ++Calls.Compiled;
      ++Calls.Failed;
      R.Mode = std::string(modeName(Machine.mode()));
      return R;
    }
    if (C.Status == CompiledCallResult::Ok) {
      Value Line;
      try {
        Line = valueFromJSONText(C.ResultLine);
      } catch (const std::exception &) {
        Line = Value::none();
      }
      const Value *J = Line.isDict() ? Line.asDict()->find(Value::str("json")) : nullptr;
      const Value *Out = Line.isDict() ? Line.asDict()->find(Value::str("stdout")) : nullptr;
      if (J && Out && Out->isStr()) {
        RunResponse R = answer(*J);
        R.ServedBy = "compiled";
        logActivation(Out->asStr(), "");
        std::lock_guard<std::mutex> L(StateMutex);
        ++Calls.Total;
        ++Calls.Compiled;
        R.Mode = std::string(modeName(Machine.mode()));
        return R;
      }
      // No JSON form (e.g. an int beyond 64 bits), or an exception's line
      // {"error": TYPE, ...} without CPython's message: the interpreter has
      // the exact answer.
    }
    FellBack = true;
  }

  bool Traced = Mode != ServeMode::Interpreted;
  nlohmann::json Trace;
  bool Ran;
  RunResponse R = interpret(Args, Traced, Trace, Ran);
  if (FellBack)
    R.ServedBy = "fallback";
  std::lock_guard<std::mutex> L(StateMutex);
  ++Calls.Total;
  ++(FellBack ? Calls.Fallbacks : Calls.Interpreted);
  if (!R.ErrorType.empty())
    ++Calls.Raised;
  else if (R.Status != 200)
    ++Calls.Failed;
  if (Ran && Traced) {
    bool Changed = mergeLocked(std::move(Trace));
    bool Start = FellBack ? Machine.onFallback(Changed) : Machine.onTracedCall(Changed);
    if (Start)
      queueBuild();
  }
  saveStateLocked();
  R.Mode = std::string(modeName(Machine.mode()));
  return R;
}

void Invoker::Impl::buildLoop() {
  std::unique_lock<std::mutex> L(StateMutex);
  for (;;) {
    BuildCV.wait(L, [&] { return BuildQueued || Stopping; });
    if (Stopping)
      return;
    BuildQueued = false;
    BuildRunning = true;
    nlohmann::json TraceFile = traceFileLocked();
    unsigned Gen = ++Generation;
    std::string LibPath = Store ? Store->libraryPath(Gen) : LibDir + "/compiled-" + std::to_string(Gen) + ".so";
    saveStateLocked();
    L.unlock();

    bool Ok = false;
    std::string Error;
    std::shared_ptr<const CompiledLibrary> NewLib;
    try {
      std::string Rust = emitRust(pruneForCompilation(TraceFile));
      std::string Log;
      // Cancel is set when the server stops: it must not wait for another build.
      if (!buildRustLibrary(Rust, LibPath, Log, &Cancel)) {
        Error = "cargo could not build the compiled library: " + Log;
      } else {
        std::string LoadError;
        NewLib = CompiledLibrary::load(LibPath, LoadError);
        if (NewLib)
          Ok = true;
        else
          Error = "cannot load the compiled library: " + LoadError;
      }
    } catch (const std::exception &E) {
      Error = std::string("cannot lower the trace to Rust: ") + E.what();
    }
    if (!Ok && Cancel) {
      // The server is stopping: a cancelled build is no failure to record.
      L.lock();
      BuildRunning = false;
      BuildCV.notify_all();
      return;
    }
    if (!Ok)
      llvm::errs() << "pyctl serve: build failed: " << Error << '\n';

    L.lock();
    if (Ok) {
      Library = std::move(NewLib);
      LibraryFile = "compiled-" + std::to_string(Gen) + ".so";
    }
    if (Machine.onBuildFinished(Ok, Error))
      BuildQueued = true;
    saveStateLocked();
    if (Ok && Store)
      Store->removeOldLibraries(LibraryFile);
    BuildRunning = false;
    BuildCV.notify_all();
  }
}

Invoker::Invoker(std::unique_ptr<Impl> P) : P(std::move(P)) {}
Invoker::~Invoker() = default;

llvm::Expected<std::unique_ptr<Invoker>> Invoker::create(const std::string &Path,
                                                          const std::string &Source,
                                                          const InvokerOptions &Opts) {
  auto I = std::make_unique<Impl>(Opts);
  I->Path = Path;
  if (auto Err = I->load(Source))
    return Err;
  return std::unique_ptr<Invoker>(new Invoker(std::move(I)));
}

RunResponse Invoker::run(const Value &Params) { return P->run(Params); }

bool Invoker::requestCompile() {
  std::lock_guard<std::mutex> L(P->StateMutex);
  if (P->Merged.is_null())
    return false;
  if (!P->Machine.requestCompile())
    return false;
  P->queueBuild();
  P->saveStateLocked();
  return true;
}

void Invoker::waitForBuilds() {
  std::unique_lock<std::mutex> L(P->StateMutex);
  P->BuildCV.wait(L, [&] { return (!P->BuildQueued && !P->BuildRunning) || P->Stopping; });
}

ServeMode Invoker::mode() const {
  std::lock_guard<std::mutex> L(P->StateMutex);
  return P->Machine.mode();
}

const std::string &Invoker::entryName() const { return P->Entry->Name; }
const std::string &Invoker::sourceSha256() const { return P->M->SourceSha256; }

nlohmann::json Invoker::status() const {
  std::lock_guard<std::mutex> L(P->StateMutex);
  const ModeMachine &MM = P->Machine;
  return {{"action", P->Entry->Name},
          {"source", {{"path", P->M->Path}, {"sha256", P->M->SourceSha256}}},
          {"mode", std::string(modeName(MM.mode()))},
          {"building", MM.building()},
          {"tracedCalls", MM.tracedCalls()},
          {"traceCalls", MM.policy().TraceCalls},
          {"newPaths", MM.newPaths()},
          {"recompileAfterPaths", MM.policy().RecompileAfterPaths},
          {"compiles", MM.compiles()},
          {"recompiles", MM.recompiles()},
          {"maxRecompiles", MM.policy().MaxRecompiles},
          {"lastError", MM.lastError()},
          {"library", P->LibraryFile.empty() ? nlohmann::json() : nlohmann::json(P->LibraryFile)},
          {"traceInvocations", P->Invocations},
          {"calls",
           {{"total", P->Calls.Total},
            {"compiled", P->Calls.Compiled},
            {"interpreted", P->Calls.Interpreted},
            {"fallbacks", P->Calls.Fallbacks},
            {"raised", P->Calls.Raised},
            {"failed", P->Calls.Failed}}},
          {"limits", {{"gas", P->Opts.Gas}, {"timeoutMs", P->Opts.Timeout.count()}}},
          {"calling", callingConventionName(P->Calling)},
          {"stateDir", P->Opts.StateDir}};
}

} // namespace pyctl
