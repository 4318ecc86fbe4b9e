//===- RustBuildTest.cpp - Build and run generated Rust -------------------===//
//
// End to end through cargo: emitRust + buildRustExecutable on hand-written traces from
// test/CodeGen/Inputs, then the binary's replies on stdin inputs. Skipped where cargo is absent.
// The first build compiles the runtime crate (about 10 s); later ones reuse the cached target.
//
//===----------------------------------------------------------------------===//

#include "pyctl/CodeGen/RustBuild.h"
#include "pyctl/CodeGen/RustEmitter.h"

#include "CargoAvailable.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using pyctl::haveCargo;

nlohmann::json readTrace(const std::string &name) {
  std::ifstream in(std::string(PYCTL_SOURCE_DIR) + "/test/CodeGen/Inputs/" + name);
  return nlohmann::json::parse(in);
}

/// A scratch directory for one test, removed afterwards.
class Scratch {
public:
  Scratch() {
    dir = fs::temp_directory_path() / ("pyctl-rustbuild-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path dir;
};

/// Run `binary` with `input` on stdin; its stdout.
std::string runWithInput(const fs::path &binary, const fs::path &scratch, const std::string &input) {
  fs::path inputFile = scratch / "input.jsonl";
  std::ofstream(inputFile) << input;
  std::string command = binary.string() + " < " + inputFile.string();
  std::string output;
  if (FILE *pipe = ::popen(command.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0)
      output.append(buf, n);
    ::pclose(pipe);
  }
  return output;
}

TEST(RustBuild, RunningExampleMatchesCPythonOrFallsBack) {
  if (!haveCargo())
    GTEST_SKIP() << "cargo not found";
  Scratch scratch;
  fs::path binary = scratch.dir / "double_absolute_value";
  std::string log;
  ASSERT_TRUE(pyctl::buildRustExecutable(
      pyctl::emitRust(readTrace("double_absolute_value.trace.json")), binary.string(), log))
      << log;
  EXPECT_EQ(runWithInput(binary, scratch.dir, "[3]\n[-4]\n[0]\n[2.5]\n[-10000000000000000000]\n[]\n"),
            "{\"repr\": \"6\", \"stdout\": \"6\\n\", \"json\": 6}\n"
            "{\"repr\": \"8\", \"stdout\": \"8\\n\", \"json\": 8}\n"
            "{\"repr\": \"0\", \"stdout\": \"0\\n\", \"json\": 0}\n"
            "{\"repr\": \"5.0\", \"stdout\": \"5.0\\n\", \"json\": 5.0}\n"
            "{\"fallback\": true}\n"
            "{\"fallback\": true}\n");
}

TEST(RustBuild, UntracedArmFallsBack) {
  if (!haveCargo())
    GTEST_SKIP() << "cargo not found";
  Scratch scratch;
  fs::path binary = scratch.dir / "positive_only";
  std::string log;
  ASSERT_TRUE(pyctl::buildRustExecutable(
      pyctl::emitRust(readTrace("double_absolute_value_positive_only.trace.json")), binary.string(),
      log))
      << log;
  EXPECT_EQ(runWithInput(binary, scratch.dir, "[-1]\n[1]\n"),
            "{\"fallback\": true}\n{\"repr\": \"2\", \"stdout\": \"2\\n\", \"json\": 2}\n");
}

TEST(RustBuild, LoopsCallsAndUnpacking) {
  if (!haveCargo())
    GTEST_SKIP() << "cargo not found";
  Scratch scratch;
  std::string log;
  fs::path collatz = scratch.dir / "collatz";
  ASSERT_TRUE(pyctl::buildRustExecutable(pyctl::emitRust(readTrace("collatz.trace.json")),
                                         collatz.string(), log))
      << log;
  EXPECT_EQ(runWithInput(collatz, scratch.dir, "[1]\n[1000]\n"),
            "{\"repr\": \"(1, 0)\", \"stdout\": \"\", \"json\": [1, 0]}\n"
            "{\"repr\": \"(871, 178)\", \"stdout\": \"\", \"json\": [871, 178]}\n");

  fs::path calls = scratch.dir / "calls";
  ASSERT_TRUE(pyctl::buildRustExecutable(pyctl::emitRust(readTrace("call_guard_unpack.trace.json")),
                                         calls.string(), log))
      << log;
  EXPECT_EQ(runWithInput(calls, scratch.dir, "[[1, 2, 3], 4]\n[[5], -1]\n[[], 1]\n[[1, 2], 99]\n"),
            "{\"repr\": \"[4, 5, [1, 2, 4, 5], 4]\", \"stdout\": \"\", \"json\": [4, 5, [1, 2, 4, 5], 4]}\n"
            "{\"repr\": \"[-5, 4, [-5, 4], 'neg']\", \"stdout\": \"\", \"json\": [-5, 4, [-5, 4], \"neg\"]}\n"
            "{\"fallback\": true}\n"
            "{\"fallback\": true}\n");
}

TEST(RustBuild, EveryNodeKindCompilesWithoutWarnings) {
  if (!haveCargo())
    GTEST_SKIP() << "cargo not found";
  Scratch scratch;
  fs::path binary = scratch.dir / "all_kinds";
  std::string log;
  ASSERT_TRUE(pyctl::buildRustExecutable(pyctl::emitRust(readTrace("all_kinds.trace.json")),
                                         binary.string(), log))
      << log;
  EXPECT_EQ(log.find("warning"), std::string::npos) << log;
  // Expected values are CPython's for the program the trace was written from.
  EXPECT_EQ(runWithInput(binary, scratch.dir, "[10, \"abc\"]\n[-1, \"x\"]\n[-2, \"x\"]\n[0, \"b\"]\n"),
            "{\"repr\": \"([-1, 3, 5, 7], 'A', 'B', None, -0.0, 1e-05, inf)\", \"stdout\": \""
            "13 7 30 3.3333333333333335 3 1 1000 False True False False True True 2 11 9 80 1 3 10\\n"
            "-10 10 -11 False True False True True\\n"
            "3 10 0.1 'abc' 42 -inf False 3 2.5 2.67 10 (-4, 1) ['a', 'b'] (1,) range(0, 10, 2)\\n"
            "c 1 3\\ninner\\nNone\\n11 10\\nin if\\n\"}\n"
            "{\"fallback\": true}\n{\"fallback\": true}\n{\"fallback\": true}\n");
}

TEST(RustBuild, Section6NodesMatchCPythonOrFallBack) {
  if (!haveCargo())
    GTEST_SKIP() << "cargo not found";
  Scratch scratch;
  fs::path binary = scratch.dir / "section6";
  std::string log;
  ASSERT_TRUE(pyctl::buildRustExecutable(pyctl::emitRust(readTrace("section6.trace.json")),
                                         binary.string(), log))
      << log;
  EXPECT_EQ(log.find("warning"), std::string::npos) << log;
  // The program is in test/CodeGen/section6.test; expected values are CPython's, which raises
  // (ZeroDivisionError, ValueError, AttributeError) for the last three inputs.
  EXPECT_EQ(runWithInput(binary, scratch.dir,
                         "[5, [1, 2], {\"k\": 1, \"a\": 0}]\n[2, [], {}]\n[-1, [], {}]\n[13, [], {}]\n"
                         "[7, [], {}]\n"),
            "{\"repr\": \"({'lazy': 5, 's': [2, 1], 't': ''}, [5, 5, 2, 5], 1, True, ['a', 'k'])\", "
            "\"stdout\": \"\", \"json\": [{\"lazy\": 5, \"s\": [2, 1], \"t\": \"\"}, [5, 5, 2, 5], 1, "
            "true, [\"a\", \"k\"]]}\n"
            "{\"repr\": \"({'lazy': 2, 's': [], 't': ''}, [2, 2], <built-in function len>, True, [])\", "
            "\"stdout\": \"\"}\n"
            "{\"fallback\": true}\n{\"fallback\": true}\n{\"fallback\": true}\n");
}

TEST(RustBuild, FailedBuildReportsCargoOutputAndKeepsTheOldBinary) {
  if (!haveCargo())
    GTEST_SKIP() << "cargo not found";
  Scratch scratch;
  fs::path output = scratch.dir / "out";
  std::ofstream(output) << "previous";
  std::string log;
  EXPECT_FALSE(pyctl::buildRustExecutable("fn main() { this is not rust }\n", output.string(), log));
  EXPECT_NE(log.find("error"), std::string::npos) << log;
  std::ifstream in(output);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "previous");
  // No temporary files are left beside the output.
  size_t entries = 0;
  for (auto it = fs::directory_iterator(scratch.dir); it != fs::directory_iterator(); ++it)
    ++entries;
  EXPECT_EQ(entries, 1u);
}

} // namespace
