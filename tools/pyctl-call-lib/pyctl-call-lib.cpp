//===- pyctl-call-lib.cpp - Call a compiled function library --------------===//
//
//   pyctl-call-lib LIB.so [--gas N] < calls.jsonl
//
// Loads a library built by `pyctl --build-rust-lib` with CompiledLibrary and
// calls it once per input line (a JSON array of positional arguments), as
// `pyctl serve` does. Prints one line per call: the result line, or
// {"fallback": true, "reason": R}, or {"error": R}. Blank lines are skipped.
// Exits with status 1 when the library cannot be loaded.
//
//===----------------------------------------------------------------------===//
#include "pyctl/Serve/CompiledLibrary.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace cl = llvm::cl;

static cl::OptionCategory Cat("pyctl-call-lib options");
static cl::opt<std::string> Library(cl::Positional, cl::Required, cl::desc("<library>"), cl::cat(Cat));
static cl::opt<uint64_t> Gas("gas", cl::desc("Gas of each call (0: unlimited)"), cl::value_desc("N"),
                             cl::init(0), cl::cat(Cat));

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(Cat);
  cl::ParseCommandLineOptions(argc, argv,
                              "pyctl-call-lib: call a compiled function library (pyctl --build-rust-lib) "
                              "once per JSON line on stdin\n");
  std::string Error;
  std::shared_ptr<pyctl::CompiledLibrary> Lib = pyctl::CompiledLibrary::load(Library, Error);
  if (!Lib) {
    llvm::WithColor::error(llvm::errs(), "pyctl-call-lib") << Error << '\n';
    return 1;
  }
  std::string Line;
  while (std::getline(std::cin, Line)) {
    if (Line.find_first_not_of(" \t\r") == std::string::npos)
      continue;
    pyctl::CompiledCallResult R = Lib->call(Line, Gas);
    switch (R.Status) {
    case pyctl::CompiledCallResult::Ok: llvm::outs() << R.ResultLine; break;
    case pyctl::CompiledCallResult::Fallback:
      llvm::outs() << "{\"fallback\": true, \"reason\": " << nlohmann::json(R.Reason).dump() << "}";
      break;
    case pyctl::CompiledCallResult::Error:
      llvm::outs() << "{\"error\": " << nlohmann::json(R.Reason).dump() << "}";
      break;
    }
    llvm::outs() << '\n';
    llvm::outs().flush();
  }
  return 0;
}
