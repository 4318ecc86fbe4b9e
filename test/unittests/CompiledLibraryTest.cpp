//===- CompiledLibraryTest.cpp - Load and call compiled function libraries ===//
//
// The loader on stand-in C libraries (no cargo: missing file, not a library,
// missing symbol, ABI version mismatch, reply classification), then on real
// libraries built with buildRustLibrary from the hand-written traces of
// test/CodeGen/Inputs: results, fallbacks, gas, malformed arguments, calls
// from many threads, and a rebuild at the same path loaded while the first
// build is still in use (hot swap). The Rust tests are skipped without cargo.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Serve/CompiledLibrary.h"

#include "pyctl/CodeGen/CompiledABI.h"
#include "pyctl/CodeGen/RustBuild.h"
#include "pyctl/CodeGen/RustEmitter.h"

#include "CargoAvailable.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace pyctl;

namespace {

/// A scratch directory for one test, removed afterwards.
class Scratch {
public:
  Scratch() {
    std::string Pattern = (fs::temp_directory_path() / "pyctl-compiledlib-test-XXXXXX").string();
    if (::mkdtemp(Pattern.data()))
      Dir = Pattern;
  }
  ~Scratch() {
    std::error_code EC;
    fs::remove_all(Dir, EC);
  }
  /// Number of entries in the directory.
  size_t entries() const {
    size_t N = 0;
    for (auto It = fs::directory_iterator(Dir); It != fs::directory_iterator(); ++It)
      ++N;
    return N;
  }
  fs::path Dir;
};

/// A call's result as one string: "ok: LINE", "fallback: REASON" or "error: REASON".
std::string outcome(const CompiledCallResult &R) {
  switch (R.Status) {
  case CompiledCallResult::Ok: return "ok: " + R.ResultLine;
  case CompiledCallResult::Fallback: return "fallback: " + R.Reason;
  case CompiledCallResult::Error: return "error: " + R.Reason;
  }
  return "?";
}

std::string loadError(const std::string &Path) {
  std::string Error;
  EXPECT_EQ(CompiledLibrary::load(Path, Error), nullptr);
  return Error;
}

TEST(CompiledLibrary, LoadErrors) {
  Scratch S;
  EXPECT_NE(loadError((S.Dir / "missing.so").string()).find("no library file"), std::string::npos);
  std::ofstream(S.Dir / "text.so") << "not a library\n";
  EXPECT_NE(loadError((S.Dir / "text.so").string()).find("cannot load"), std::string::npos);
  EXPECT_NE(loadError(PYCTL_FAKE_LIB_NOFREE).find("missing pyctl_free"), std::string::npos);
  std::string Version = loadError(PYCTL_FAKE_LIB_OTHER);
  EXPECT_NE(Version.find("ABI version 999, expected " + std::to_string(PYCTL_ABI_VERSION)), std::string::npos) << Version;
  // The private copies are gone.
  EXPECT_EQ(S.entries(), 1u);
}

TEST(CompiledLibrary, RepliesAreClassified) {
  std::string Error;
  auto Lib = CompiledLibrary::load(PYCTL_FAKE_LIB_CURRENT, Error);
  ASSERT_TRUE(Lib) << Error;
  EXPECT_EQ(Lib->path(), PYCTL_FAKE_LIB_CURRENT);
  EXPECT_EQ(outcome(Lib->call("[1]", 5)),
            "ok: {\"repr\": \"'[1]'\", \"stdout\": \"\", \"json\": \"[1]\"}");
  EXPECT_EQ(outcome(Lib->call("[]", 5)), "fallback: fake fallback");
  EXPECT_EQ(outcome(Lib->call("{", 5)), "error: fake error");
  EXPECT_EQ(outcome(Lib->call("[1]", 1)), "fallback: out of gas");
  EXPECT_EQ(outcome(Lib->call("[1]", 5, std::chrono::microseconds(1))), "fallback: timeout");
  EXPECT_EQ(outcome(Lib->call("[\"raise\"]", 5)), "ok: {\"error\": \"ValueError\", \"stdout\": \"x\"}");
}

/// Builds the trace test/CodeGen/Inputs/NAME into a library at \p Output and loads it.
void buildAndLoad(const std::string &Name, const fs::path &Output,
                  std::shared_ptr<CompiledLibrary> &Lib) {
  std::ifstream In(std::string(PYCTL_SOURCE_DIR) + "/test/CodeGen/Inputs/" + Name);
  std::string Log;
  ASSERT_TRUE(buildRustLibrary(emitRust(nlohmann::json::parse(In)), Output.string(), Log)) << Log;
  EXPECT_EQ(Log.find("warning"), std::string::npos) << Log;
  std::string Error;
  Lib = CompiledLibrary::load(Output.string(), Error);
  ASSERT_TRUE(Lib) << Error;
}

/// Tests of libraries built by cargo, each with a scratch directory.
class CompiledLibraryRust : public ::testing::Test {
protected:
  void SetUp() override {
    if (!haveCargo())
      GTEST_SKIP() << "cargo not found";
  }
  Scratch S;
};

std::string okLine(const std::string &Repr, const std::string &Json) {
  return "{\"repr\": \"" + Repr + "\", \"stdout\": \"\", \"json\": " + Json + "}";
}

TEST_F(CompiledLibraryRust, CallsReturnFallBackRunOutOfGasAndRunInParallel) {
  std::shared_ptr<CompiledLibrary> Lib;
  ASSERT_NO_FATAL_FAILURE(buildAndLoad("collatz.trace.json", S.Dir / "collatz.so", Lib));

  EXPECT_EQ(outcome(Lib->call("[1000]", 0)), "ok: " + okLine("(871, 178)", "[871, 178]"));
  // A comparison CPython would raise for: fallback.
  EXPECT_EQ(outcome(Lib->call("[\"x\"]", 0)).rfind("fallback: ", 0), 0u);
  // longest_chain(1) spends 2 units: the call and one loop test.
  EXPECT_EQ(outcome(Lib->call("[1]", 2)), "ok: " + okLine("(1, 0)", "[1, 0]"));
  EXPECT_EQ(outcome(Lib->call("[1]", 1)), "fallback: out of gas");
  EXPECT_EQ(outcome(Lib->call("[1000]", 1000)), "fallback: out of gas");
  // Unlimited gas, a millisecond of time: collatz of ten million numbers stops at its deadline.
  EXPECT_EQ(outcome(Lib->call("[10000000]", 0, std::chrono::milliseconds(1))), "fallback: timeout");
  EXPECT_EQ(outcome(Lib->call("[1000]", 0, std::chrono::seconds(60))), "ok: " + okLine("(871, 178)", "[871, 178]"));
  // Wrong number of arguments: fallback (the interpreter raises CPython's TypeError).
  EXPECT_EQ(outcome(Lib->call("[1, 2]", 0)), "fallback: TypeError: wrong number of arguments");
  EXPECT_EQ(outcome(Lib->call("{\"limit\": 3}", 0)), "error: expected a JSON array of arguments");
  EXPECT_EQ(outcome(Lib->call("[1,", 0)).rfind("error: invalid JSON: ", 0), 0u);

  // Many threads at once, each checking its own answers.
  std::atomic<int> Wrong{0};
  std::vector<std::thread> Pool;
  for (int T = 0; T < 8; ++T)
    Pool.emplace_back([&, T] {
      for (int I = 0; I < 50; ++I) {
        bool Fallback = (I + T) % 5 == 0;
        CompiledCallResult C = Lib->call(Fallback ? "[1000]" : "[10]", Fallback ? 100 : 0);
        if (Fallback ? C.Status != CompiledCallResult::Fallback
                     : C.ResultLine != okLine("(9, 19)", "[9, 19]"))
          ++Wrong;
      }
    });
  for (std::thread &T : Pool)
    T.join();
  EXPECT_EQ(Wrong.load(), 0);
}

TEST_F(CompiledLibraryRust, RebuildAtTheSamePathWhileTheOldBuildIsInUse) {
  fs::path Path = S.Dir / "fn.so";
  std::shared_ptr<CompiledLibrary> Current;
  ASSERT_NO_FATAL_FAILURE(buildAndLoad("double_absolute_value_positive_only.trace.json", Path, Current));
  std::mutex CurrentLock;
  const std::string Six = "{\"repr\": \"6\", \"stdout\": \"6\\n\", \"json\": 6}";
  const std::string Eight = "{\"repr\": \"8\", \"stdout\": \"8\\n\", \"json\": 8}";

  // Callers take the current library for each call, as a server does. The first build only
  // knows positive arguments (-4 falls back); the second knows both signs.
  std::atomic<bool> Stop{false}, SawNew{false};
  std::atomic<int> Wrong{0};
  std::vector<std::thread> Pool;
  for (int T = 0; T < 4; ++T)
    Pool.emplace_back([&] {
      while (!Stop) {
        std::shared_ptr<CompiledLibrary> Lib;
        {
          std::lock_guard<std::mutex> G(CurrentLock);
          Lib = Current;
        }
        if (Lib->call("[3]", 0).ResultLine != Six)
          ++Wrong;
        CompiledCallResult R = Lib->call("[-4]", 0);
        if (R.Status == CompiledCallResult::Ok)
          SawNew = true;
        if (R.Status == CompiledCallResult::Ok ? R.ResultLine != Eight
                                               : R.Status != CompiledCallResult::Fallback)
          ++Wrong;
      }
    });

  std::shared_ptr<CompiledLibrary> Old = Current, New;
  ASSERT_NO_FATAL_FAILURE(buildAndLoad("double_absolute_value.trace.json", Path, New));
  {
    std::lock_guard<std::mutex> G(CurrentLock);
    Current = New;
  }
  // Each build keeps its own code, although both came from the same path.
  EXPECT_EQ(Old->call("[-4]", 0).Status, CompiledCallResult::Fallback);
  EXPECT_EQ(New->call("[-4]", 0).ResultLine, Eight);
  // Dropping the old build while threads that called it live on is safe.
  Old.reset();
  while (!SawNew)
    std::this_thread::yield();
  Stop = true;
  for (std::thread &T : Pool)
    T.join();
  EXPECT_EQ(Wrong.load(), 0);
  EXPECT_EQ(S.entries(), 1u); // only fn.so: the private copies are unlinked
}

} // namespace
