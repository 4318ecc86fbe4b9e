//===- pyctl.cpp - The pyctl driver ---------------------------------------===//
//
// One binary, one mode per invocation (docs/driver.md):
//   pyctl -passes=PIPELINE fn.py [-o out.py]       run passes, print Python
//   pyctl --trace fn.py --inputs calls.jsonl [--entry NAME] -o trace.json
//   pyctl --merge a.json b.json ... -o merged.json
//   pyctl --emit-rust trace.json [-o out.rs]
//   pyctl --build-rust trace.json -o EXE
//   pyctl --build-rust-lib trace.json -o LIB.so
//   pyctl serve [fn.py] [--port N] [--trace-calls N] [--state DIR]   (ServeCommand.cpp)
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/AST/ASTPrinter.h"
#include "pyctl/Basic/Diagnostics.h"
#include "pyctl/Basic/FileIO.h"
#include "pyctl/CodeGen/RustBuild.h"
#include "pyctl/CodeGen/RustEmitter.h"
#include "pyctl/Passes/PassBuilder.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/ValueJSON.h"
#include "pyctl/Trace/TraceEvaluator.h"
#include "pyctl/Trace/TraceMerge.h"
#include "pyctl/Trace/TracePrinter.h"

#include "ServeCommand.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

using namespace pyctl;
using json = nlohmann::json;
namespace cl = llvm::cl;

static cl::OptionCategory PyctlCat("pyctl options");

static cl::list<std::string> Inputs(cl::Positional, cl::desc("<input files>"), cl::cat(PyctlCat));
static cl::opt<std::string> Passes("passes",
                                   cl::desc("Pass pipeline to run on a Python file, a comma list of "
                                            "passes and aliases (see -print-passes), e.g. anf,trace"),
                                   cl::value_desc("pipeline"), cl::cat(PyctlCat));
static cl::opt<bool> PrintAfterAll("print-after-all",
                                   cl::desc("Print the program (to stderr) after each pass"),
                                   cl::cat(PyctlCat));
static cl::opt<bool> PrintPasses("print-passes",
                                 cl::desc("List the registered passes and pipeline aliases, then exit"),
                                 cl::cat(PyctlCat));
static cl::opt<bool> PrintPipeline("print-pipeline-passes",
                                   cl::desc("Print the -passes= pipeline, expanded, then exit"),
                                   cl::cat(PyctlCat));
static cl::opt<std::string> Output("o", cl::desc("Output file ('-' for standard output, the default "
                                                 "for printed programs and Rust source)"),
                                   cl::value_desc("file"), cl::init("-"), cl::cat(PyctlCat));
static cl::opt<bool> TraceMode("trace",
                               cl::desc("Run the function once per line of --inputs with the C++ trace "
                                        "evaluator, print one result line per call, and write the merged "
                                        "trace to -o"),
                               cl::cat(PyctlCat));
static cl::opt<std::string> InputsFile("inputs",
                                       cl::desc("JSON-lines file of calls, one JSON array of positional "
                                                "arguments per line (for --trace)"),
                                       cl::value_desc("file"), cl::cat(PyctlCat));
static cl::opt<std::string> EntryName("entry",
                                      cl::desc("The function to call (default: 'main', else the file's "
                                               "last top-level def)"),
                                      cl::value_desc("name"), cl::cat(PyctlCat));
static cl::opt<std::string> ModuleName("module-name",
                                       cl::desc("With --trace: the module's __name__, which CPython's "
                                                "TypeErrors about * and ** arguments of user calls name "
                                                "(default '__main__', a program run as a script)"),
                                       cl::value_desc("name"), cl::init("__main__"), cl::cat(PyctlCat));
static cl::opt<bool> MergeMode("merge", cl::desc("Merge the given trace files into one, written to -o"),
                               cl::cat(PyctlCat));
static cl::opt<bool> EmitRust("emit-rust",
                              cl::desc("Lower a merged trace file to Rust source (written to -o)"),
                              cl::cat(PyctlCat));
static cl::opt<bool> PrintTraceMode("print-trace",
                                    cl::desc("Print a trace file as indented text (to -o)"),
                                    cl::cat(PyctlCat));
static cl::opt<bool> BuildRust("build-rust",
                               cl::desc("Lower a merged trace file to Rust and build it (cargo, offline) "
                                        "into the executable named by -o, which reads input lines on "
                                        "stdin and prints one result line per call"),
                               cl::cat(PyctlCat));
static cl::opt<bool> BuildRustLib("build-rust-lib",
                                  cl::desc("Lower a merged trace file to Rust and build it (cargo, offline) "
                                           "into the shared library named by -o, which exports the C ABI of "
                                           "include/pyctl/CodeGen/CompiledABI.h (for pyctl serve)"),
                                  cl::cat(PyctlCat));
static cl::opt<uint64_t> Gas("gas",
                             cl::desc("With --trace: stop when a call spends more than N units of gas (one "
                                      "per loop iteration and per user call, as compiled code counts)"),
                             cl::value_desc("N"), cl::init(0), cl::cat(PyctlCat));
static cl::opt<double> Timeout("timeout", cl::desc("With --trace: stop when a call runs longer than this"),
                               cl::value_desc("seconds"), cl::init(0), cl::cat(PyctlCat));

namespace {

/// Prints "pyctl: error: MSG" and returns exit status 1.
int fail(const llvm::Twine &Msg) {
  llvm::WithColor::error(llvm::errs(), "pyctl") << Msg << '\n';
  return 1;
}

int fail(llvm::Error E) { return fail(llvm::toString(std::move(E))); }

/// Runs the pipeline \p PipelineText over the file, reporting diagnostics.
std::unique_ptr<Module> loadAndTransform(const std::string &Path, const std::string &PipelineText,
                                         std::unique_ptr<DiagnosticEngine> &Diags) {
  auto Text = readFile(Path);
  if (!Text) {
    fail(Text.takeError());
    return nullptr;
  }
  Diags = std::make_unique<DiagnosticEngine>(Path, *Text);
  PassManager PM;
  if (auto Err = parsePassPipeline(PM, PipelineText)) {
    fail(std::move(Err));
    return nullptr;
  }
  if (PrintAfterAll)
    PM.setAfterPassCallback([](llvm::StringRef Name, const Module &M) {
      llvm::errs() << "# *** IR Dump After " << Name << " ***\n";
      printModule(M, llvm::errs());
    });
  try {
    std::unique_ptr<Module> M = parsePython(Path, *Text);
    PM.run(*M);
    return M;
  } catch (const CompileError &E) {
    Diags->report(E);
    return nullptr;
  }
}

int runPasses() {
  if (Inputs.size() != 1)
    return fail("-passes expects exactly one Python file");
  if (PrintPipeline) {
    PassManager PM;
    if (auto Err = parsePassPipeline(PM, Passes))
      return fail(std::move(Err));
    llvm::outs() << PM.pipelineText() << '\n';
    return 0;
  }
  std::unique_ptr<DiagnosticEngine> Diags;
  std::unique_ptr<Module> M = loadAndTransform(Inputs[0], Passes, Diags);
  if (!M)
    return 1;
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  printModule(*M, OS);
  if (auto Err = writeFileAtomic(Output, OS.str()))
    return fail(std::move(Err));
  return 0;
}

/// Reads a trace file and checks its envelope.
llvm::Expected<json> loadTrace(const std::string &Path) {
  auto Text = readFile(Path);
  if (!Text)
    return Text.takeError();
  json File = json::parse(*Text, nullptr, /*allow_exceptions=*/false);
  if (File.is_discarded())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "'%s' is not valid JSON", Path.c_str());
  try {
    normalizeTraceFile(File);
  } catch (const TraceMergeError &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "'%s': %s", Path.c_str(), E.what());
  }
  return File;
}

int runTrace() {
  if (Inputs.size() != 1)
    return fail("--trace expects exactly one Python file");
  if (InputsFile.empty())
    return fail("--trace needs --inputs FILE (one JSON array of arguments per line)");
  if (Output == "-")
    return fail("--trace needs -o FILE for the trace (standard output carries the result lines)");
  auto Calls = readFile(InputsFile);
  if (!Calls)
    return fail(Calls.takeError());
  std::unique_ptr<DiagnosticEngine> Diags;
  std::unique_ptr<Module> M = loadAndTransform(Inputs[0], "anf", Diags);
  if (!M)
    return 1;
  try {
    const FunctionDefStmt &Entry = chooseEntry(*M, EntryName);
    TraceEvaluator Eval(*M, Entry);
    Eval.setModuleName(ModuleName);
    ResourceLimits Limits;
    Limits.Gas = Gas;
    json Merged;
    unsigned Count = 0, LineNo = 0;
    llvm::StringRef Rest(*Calls);
    while (!Rest.empty()) {
      auto [Line, Tail] = Rest.split('\n');
      Rest = Tail;
      ++LineNo;
      if (Line.trim().empty())
        continue;
      std::vector<Value> Args;
      try {
        Value V = valueFromJSONText(std::string_view(Line.data(), Line.size()));
        if (!V.isList())
          return fail(InputsFile + ":" + llvm::Twine(LineNo) + ": expected a JSON array of arguments");
        Args = *V.asList();
      } catch (const std::exception &E) {
        return fail(InputsFile + ":" + llvm::Twine(LineNo) + ": invalid JSON: " + E.what());
      }
      json Trace;
      if (Timeout > 0)
        Limits.Deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(Timeout));
      Eval.setLimits(Limits);
      InvocationResult R;
      try {
        R = Eval.invoke(Args, Trace);
      } catch (const ResourceLimitError &E) {
        return fail(InputsFile + ":" + llvm::Twine(LineNo) + ": the call stopped: " + E.what());
      } catch (const UnsupportedError &E) {
        // The call ran into an operation pyctl does not model: no trace is written.
        // The message comes first, as for every unsupported operation, then the call.
        return fail(llvm::Twine(E.what()) + " (in the call on " + InputsFile + ":" + llvm::Twine(LineNo) + ")");
      }
      std::string ResultText;
      try {
        ResultText = resultLine(R);
      } catch (const PythonError &E) {
        // repr() of the result raised (an int past 4300 digits): CPython's harness fails there too.
        return fail(InputsFile + ":" + llvm::Twine(LineNo) + ": the call's result has no repr: " + E.type() +
                    ": " + E.message());
      }
      llvm::outs() << ResultText << '\n';
      if (auto Err = checkStdout())
        return fail(std::move(Err));
      try {
        Merged = Count == 0 ? std::move(Trace) : mergeTraceNodes(Merged, Trace);
      } catch (const TraceMergeError &E) {
        return fail(InputsFile + ":" + llvm::Twine(LineNo) + ": cannot merge this call's trace: " + E.what());
      }
      ++Count;
    }
    if (Count == 0)
      return fail("'" + InputsFile + "' holds no calls");
    json File = makeTraceFile(*M, Entry, std::move(Merged), Count);
    if (auto Err = writeFileAtomic(Output, File.dump() + "\n"))
      return fail(std::move(Err));
    return 0;
  } catch (const CompileError &E) {
    Diags->report(E);
    return 1;
  } catch (const UnsupportedError &E) {
    return fail(E.what());
  } catch (const std::exception &E) {
    return fail(llvm::Twine("internal error while tracing: ") + E.what());
  }
}

int runMerge() {
  if (Inputs.size() < 2)
    return fail("--merge expects at least two trace files");
  if (Output == "-")
    return fail("--merge needs -o FILE");
  json Merged;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    auto File = loadTrace(Inputs[I]);
    if (!File)
      return fail(File.takeError());
    try {
      Merged = I == 0 ? std::move(*File) : mergeTraceFiles(Merged, *File);
    } catch (const TraceMergeError &E) {
      return fail("cannot merge '" + Inputs[I] + "': " + E.what());
    } catch (const json::exception &E) {
      return fail("cannot merge '" + Inputs[I] + "': malformed trace: " + E.what());
    }
  }
  if (auto Err = writeFileAtomic(Output, Merged.dump() + "\n"))
    return fail(std::move(Err));
  return 0;
}

int runPrintTrace() {
  if (Inputs.size() != 1)
    return fail("--print-trace expects exactly one trace file");
  auto File = loadTrace(Inputs[0]);
  if (!File)
    return fail(File.takeError());
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  try {
    printTrace(*File, OS);
  } catch (const json::exception &E) {
    // The printer shows what it is given and checks no more than the envelope.
    return fail("'" + Inputs[0] + "': malformed trace: " + E.what());
  }
  if (auto Err = writeFileAtomic(Output, OS.str()))
    return fail(std::move(Err));
  return 0;
}

/// What runEmitRust makes of the Rust source.
enum class RustOutput { Source, Executable, Library };

int runEmitRust(RustOutput Kind) {
  if (Inputs.size() != 1)
    return fail("expected exactly one trace file");
  auto File = loadTrace(Inputs[0]);
  if (!File)
    return fail(File.takeError());
  std::string Source;
  try {
    Source = emitRust(*File);
  } catch (const CodeGenError &E) {
    return fail("'" + Inputs[0] + "': " + E.what());
  } catch (const json::exception &E) {
    return fail("'" + Inputs[0] + "': malformed trace: " + E.what());
  }
  if (Kind == RustOutput::Source) {
    if (auto Err = writeFileAtomic(Output, Source))
      return fail(std::move(Err));
    return 0;
  }
  bool Library = Kind == RustOutput::Library;
  if (Output == "-")
    return fail(Library ? "--build-rust-lib needs -o LIB.so" : "--build-rust needs -o EXE");
  std::string Log;
  if (!(Library ? buildRustLibrary(Source, Output, Log) : buildRustExecutable(Source, Output, Log))) {
    llvm::errs() << Log;
    return fail("building the generated Rust failed (log above)");
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions({&PyctlCat, &serveOptionCategory()});
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) { OS << "pyctl 0.1 (trace format version 1)\n"; });
  cl::ParseCommandLineOptions(
      argc, argv,
      "pyctl: compile Python serverless functions through traces to Rust\n\n"
      "  pyctl -passes=PIPELINE fn.py [-o out.py]\n"
      "      run passes (e.g. anf, or anf,trace for the instrumented program) and print the program\n"
      "  pyctl --trace fn.py --inputs calls.jsonl [--entry NAME] -o trace.json\n"
      "      run each call with the C++ trace evaluator; print result lines; write the merged trace\n"
      "  pyctl --merge a.json b.json ... -o merged.json\n"
      "  pyctl --emit-rust trace.json [-o out.rs]\n"
      "  pyctl --build-rust trace.json -o EXE\n"
      "  pyctl --build-rust-lib trace.json -o LIB.so\n"
      "      a shared library with the C ABI of include/pyctl/CodeGen/CompiledABI.h\n"
      "  pyctl --print-trace trace.json\n"
      "  pyctl serve [fn.py] [--port N] [--trace-calls N] [--state DIR]\n"
      "      serve the function over the OpenWhisk action protocol (POST /init, POST /run), trace\n"
      "      its calls, compile it to Rust in the background, fall back to the interpreter\n"
      "      (`pyctl serve --help` lists its options; docs/serve.md)\n\n"
      "A result line is {\"repr\": ..., \"stdout\": ..., \"json\": ...} after a return, {\"error\": TYPE,\n"
      "\"stdout\": ...} after an exception, or {\"fallback\": true} from compiled code that left the\n"
      "traced paths. See docs/driver.md.\n");

  if (ServeSubCommand)
    return runServe();
  if (PrintPasses) {
    for (const auto &E : passRegistry())
      llvm::outs() << "  " << E.Name << (E.Expansion.empty() ? "" : " = " + E.Expansion) << "\n      "
                   << E.Description << '\n';
    return 0;
  }
  unsigned Modes =
      TraceMode + MergeMode + EmitRust + BuildRust + BuildRustLib + PrintTraceMode + !Passes.empty();
  if (Modes == 0)
    return fail("nothing to do: give -passes=PIPELINE, --trace, --merge, --print-trace, --emit-rust, "
                "--build-rust or --build-rust-lib (see --help)");
  if (Modes > 1)
    return fail("choose one mode: -passes, --trace, --merge, --print-trace, --emit-rust, --build-rust or "
                "--build-rust-lib");
  if ((Gas.getNumOccurrences() || Timeout.getNumOccurrences() || ModuleName.getNumOccurrences()) &&
      !TraceMode)
    return fail("--gas, --timeout and --module-name only apply to --trace");
  if (Timeout < 0)
    return fail("--timeout must not be negative");
  // Before any work: an output path that cannot be written fails at once, not after a build.
  if (auto Err = checkOutputPath(Output))
    return fail(std::move(Err));
  int Status = TraceMode                              ? runTrace()
               : MergeMode                            ? runMerge()
               : PrintTraceMode                       ? runPrintTrace()
               : EmitRust || BuildRust || BuildRustLib ? runEmitRust(BuildRustLib ? RustOutput::Library
                                                                     : BuildRust  ? RustOutput::Executable
                                                                                  : RustOutput::Source)
                                                       : runPasses();
  // Whatever a mode printed must have reached stdout (a full device is an
  // error, not an LLVM crash report when the stream is destroyed).
  if (auto Err = checkStdout())
    return Status ? Status : fail(std::move(Err));
  return Status;
}
