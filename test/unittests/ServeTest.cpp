//===- ServeTest.cpp - pyctl serve: mode machine, persistence, results ----===//
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/ValueJSON.h"
#include "pyctl/Serve/ActionJSON.h"
#include "pyctl/Serve/Invoker.h"
#include "pyctl/Serve/ModeMachine.h"
#include "pyctl/Serve/TraceStore.h"

#include "llvm/Support/FileSystem.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

using namespace pyctl;

namespace {

ModePolicy policy(unsigned TraceCalls, unsigned After, unsigned MaxRecompiles) {
  ModePolicy P;
  P.TraceCalls = TraceCalls;
  P.RecompileAfterPaths = After;
  P.MaxRecompiles = MaxRecompiles;
  return P;
}

TEST(ModeMachineTest, CompilesAfterTraceCalls) {
  ModeMachine M(policy(3, 1, 2));
  EXPECT_EQ(M.mode(), ServeMode::Interpreting);
  EXPECT_FALSE(M.onTracedCall(true));
  EXPECT_FALSE(M.onTracedCall(false));
  EXPECT_TRUE(M.onTracedCall(false)); // the third starts the build
  EXPECT_EQ(M.mode(), ServeMode::Compiling);
  EXPECT_TRUE(M.building());
  EXPECT_FALSE(M.onTracedCall(false)); // still interpreted, no second build
  EXPECT_FALSE(M.onBuildFinished(true));
  EXPECT_EQ(M.mode(), ServeMode::Compiled);
  EXPECT_EQ(M.compiles(), 1u);
  EXPECT_EQ(M.recompiles(), 0u);
}

TEST(ModeMachineTest, NewPathsDuringTheBuildRecompile) {
  ModeMachine M(policy(1, 1, 2));
  EXPECT_TRUE(M.onTracedCall(true));
  M.onTracedCall(true); // a new path the running build does not have
  EXPECT_TRUE(M.onBuildFinished(true));
  EXPECT_TRUE(M.building());
  EXPECT_EQ(M.mode(), ServeMode::Compiled); // the old library serves meanwhile
}

TEST(ModeMachineTest, FallbacksRecompileThenGiveUp) {
  ModeMachine M(policy(1, 2, 1));
  ASSERT_TRUE(M.onTracedCall(true));
  ASSERT_FALSE(M.onBuildFinished(true));
  EXPECT_FALSE(M.onFallback(false)); // no new path: nothing to compile
  EXPECT_FALSE(M.onFallback(true));
  EXPECT_TRUE(M.onFallback(true)); // two new paths: recompile
  EXPECT_FALSE(M.onFallback(true)); // one build at a time
  EXPECT_FALSE(M.onBuildFinished(true));
  EXPECT_EQ(M.recompiles(), 1u);
  EXPECT_FALSE(M.onFallback(true));
  EXPECT_FALSE(M.onFallback(true)); // the one recompile is spent
  EXPECT_EQ(M.mode(), ServeMode::Interpreted);
  EXPECT_NE(M.lastError().find("stays interpreted"), std::string::npos);
  EXPECT_FALSE(M.onTracedCall(true));
  EXPECT_TRUE(M.requestCompile()); // an explicit request still builds
}

TEST(ModeMachineTest, FailedBuilds) {
  ModeMachine M(policy(1, 1, 3));
  ASSERT_TRUE(M.onTracedCall(true));
  M.onBuildFinished(false, "cargo failed");
  EXPECT_EQ(M.mode(), ServeMode::Interpreted);
  EXPECT_EQ(M.lastError(), "cargo failed");
  ASSERT_TRUE(M.requestCompile());
  EXPECT_EQ(M.mode(), ServeMode::Compiling);
  M.onBuildFinished(true);
  ASSERT_TRUE(M.onFallback(true));
  M.onBuildFinished(false, "again");
  EXPECT_EQ(M.mode(), ServeMode::Compiled); // the previous library still serves
}

TEST(ModeMachineTest, SaveAndRestore) {
  ModeMachine A(policy(2, 1, 3));
  A.onTracedCall(true);
  ModeMachine B(policy(2, 1, 3));
  EXPECT_FALSE(B.restore(A.save(), false));
  EXPECT_EQ(B.tracedCalls(), 1u);
  EXPECT_EQ(B.mode(), ServeMode::Interpreting);

  // Killed while compiling: saved as interpreting, and the build starts again.
  ASSERT_TRUE(A.onTracedCall(true));
  EXPECT_EQ(A.save()["mode"], "interpreting");
  ModeMachine C(policy(2, 1, 3));
  EXPECT_TRUE(C.restore(A.save(), false));
  EXPECT_EQ(C.mode(), ServeMode::Compiling);

  A.onBuildFinished(true);
  ModeMachine D(policy(2, 1, 3));
  EXPECT_FALSE(D.restore(A.save(), true));
  EXPECT_EQ(D.mode(), ServeMode::Compiled);
  EXPECT_EQ(D.compiles(), 1u);
  // Compiled, but the library is gone: rebuild from the saved trace.
  ModeMachine E(policy(2, 1, 3));
  EXPECT_TRUE(E.restore(A.save(), false));
  EXPECT_TRUE(E.building());

  ModeMachine F;
  EXPECT_THROW(F.restore(nlohmann::json{{"mode", "flying"}}, false), std::invalid_argument);
  EXPECT_THROW(F.restore(nlohmann::json::array(), false), std::invalid_argument);
}

TEST(ModeMachineTest, ModeNames) {
  for (ServeMode M : {ServeMode::Interpreting, ServeMode::Compiling, ServeMode::Compiled,
                      ServeMode::Interpreted})
    EXPECT_EQ(parseModeName(modeName(M)), M);
  EXPECT_FALSE(parseModeName("fast"));
}

std::string tempDir() {
  llvm::SmallString<128> P;
  EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("pyctl-serve-unittest", P));
  return std::string(P.str());
}

TEST(TraceStoreTest, RoundTripAndSourceCheck) {
  std::string Dir = tempDir() + "/state";
  TraceStore S(Dir);
  ASSERT_FALSE(bool(S.open()));
  auto Empty = S.load("abc");
  ASSERT_TRUE(bool(Empty));
  EXPECT_FALSE(Empty->has_value());

  nlohmann::json Trace = {{"format", "pyctl-trace"}, {"invocations", 3}};
  ASSERT_FALSE(bool(S.saveTrace(Trace)));
  ASSERT_FALSE(bool(S.saveState({{"machine", {{"mode", "compiled"}}}, {"library", "compiled-2.so"}},
                                "fn.py", "abc", "main")));
  auto Loaded = S.load("abc");
  ASSERT_TRUE(bool(Loaded));
  ASSERT_TRUE(Loaded->has_value());
  EXPECT_EQ((**Loaded).Trace, Trace);
  EXPECT_EQ((**Loaded).State["machine"]["mode"], "compiled");
  EXPECT_EQ((**Loaded).State["entry"], "main");
  EXPECT_EQ((**Loaded).LibraryPath, Dir + "/compiled-2.so");
  EXPECT_EQ(S.libraryPath(3), Dir + "/compiled-3.so");

  // State of another source is refused, not mixed.
  auto Other = S.load("def");
  ASSERT_FALSE(bool(Other));
  EXPECT_NE(llvm::toString(Other.takeError()).find("another source"), std::string::npos);

  // A torn or foreign state file is an error, not a crash.
  std::ofstream(Dir + "/state.json") << "{\"format\": \"something else\"}";
  auto Bad = S.load("abc");
  ASSERT_FALSE(bool(Bad));
  llvm::consumeError(Bad.takeError());

  std::ofstream(Dir + "/compiled-1.so") << "old";
  std::ofstream(Dir + "/compiled-2.so") << "new";
  S.removeOldLibraries("compiled-2.so");
  EXPECT_FALSE(llvm::sys::fs::exists(Dir + "/compiled-1.so"));
  EXPECT_TRUE(llvm::sys::fs::exists(Dir + "/compiled-2.so"));
  llvm::sys::fs::remove_directories(Dir + "/..");
}

std::string dumps(const std::string &JsonText) {
  return dumpsActionJSON(valueFromJSONText(JsonText)).value_or("<none>");
}

TEST(ActionJSONTest, MatchesPythonJsonDumps) {
  // Expected texts are CPython 3.11's json.dumps(v, ensure_ascii=False).
  EXPECT_EQ(dumps(R"({"b": 1, "a": [1.0, 2.5e-07, 1e+16, null, true], "é": "x\n\u0001\"\\"})"),
            "{\"b\": 1, \"a\": [1.0, 2.5e-07, 1e+16, null, true], \"é\": \"x\\n\\u0001\\\"\\\\\"}");
  EXPECT_EQ(dumps("123456789012345678901234567890"), "123456789012345678901234567890");
  EXPECT_EQ(dumps("{}"), "{}");
  EXPECT_EQ(dumps("[]"), "[]");

  Value D = Value::dict();
  D.asDict()->set(Value::integer(2), Value::tuple({Value::integer(2), Value::str("t")}));
  D.asDict()->set(Value::boolean(true), Value::none());
  D.asDict()->set(Value::none(), Value::floating(-0.0));
  D.asDict()->set(Value::floating(1.5), Value::floating(0.1));
  D.asDict()->set(Value::floating(-INFINITY), Value::integer(0));
  EXPECT_EQ(dumpsActionJSON(D).value_or(""),
            R"({"2": [2, "t"], "true": null, "null": -0.0, "1.5": 0.1, "-Infinity": 0})");

  std::string Why;
  EXPECT_FALSE(dumpsActionJSON(Value::floating(INFINITY), &Why));
  EXPECT_FALSE(dumpsActionJSON(Value::range(Int(0), Int(3)), &Why));
  EXPECT_NE(Why.find("not JSON serializable"), std::string::npos);
  Value L = Value::list();
  L.asList()->push_back(L);
  EXPECT_FALSE(dumpsActionJSON(L, &Why));
  EXPECT_EQ(Why, "Circular reference detected");
  Value K = Value::dict();
  K.asDict()->set(Value::tuple({Value::integer(1)}), Value::integer(1));
  EXPECT_FALSE(dumpsActionJSON(K, &Why));
  // The same list twice (not nested in itself) is fine.
  Value Shared = Value::list({Value::integer(1)});
  EXPECT_EQ(dumpsActionJSON(Value::list({Shared, Shared})).value_or(""), "[[1], [1]]");
}

InvokerOptions quietOptions() {
  InvokerOptions O;
  O.Log = false;
  O.Policy.TraceCalls = 1000;
  return O;
}

Value params(const std::string &Json) { return valueFromJSONText(Json); }

TEST(InvokerTest, InterpretsAndAnswersLikeTheOpenWhiskLauncher) {
  auto I = Invoker::create("t.py",
                           "def main(args):\n"
                           "    if args['n'] == 0:\n"
                           "        return 1 // args['n']\n"
                           "    if args['n'] == 1:\n"
                           "        return [1]\n"
                           "    return {'double': 2 * args['n'], 'nested': {'k': (1, 2)}}\n",
                           quietOptions());
  ASSERT_TRUE(bool(I)) << llvm::toString(I.takeError());
  RunResponse R = (*I)->run(params(R"({"n": 21})"));
  EXPECT_EQ(R.Status, 200);
  EXPECT_EQ(R.Body, R"({"double": 42, "nested": {"k": [1, 2]}})");
  EXPECT_EQ(R.ServedBy, "interpreter");
  EXPECT_EQ(R.Mode, "interpreting");
  R = (*I)->run(params(R"({"n": 0})"));
  EXPECT_EQ(R.Status, 200);
  EXPECT_EQ(R.Body, R"({"error": "integer division or modulo by zero"})");
  EXPECT_EQ(R.ErrorType, "ZeroDivisionError");
  R = (*I)->run(params(R"({"n": 1})"));
  EXPECT_EQ(R.Status, 502);
  EXPECT_EQ(R.Body, R"({"error": "The action did not return a dictionary."})");
  R = (*I)->run(params(R"({})"));
  EXPECT_EQ(R.Body, R"({"error": "'n'"})");
  nlohmann::json S = (*I)->status();
  EXPECT_EQ(S["calls"]["total"], 4);
  EXPECT_EQ(S["calls"]["raised"], 2);
  EXPECT_EQ(S["calls"]["failed"], 1);
  EXPECT_EQ(S["tracedCalls"], 4);
  EXPECT_EQ(S["calling"], "openwhisk");
}

TEST(InvokerTest, CallingConventionsAndErrors) {
  auto Aws = Invoker::create("t.py", "def handler(event, context):\n    return {'ctx': context}\n",
                             quietOptions());
  ASSERT_TRUE(bool(Aws));
  EXPECT_EQ((*Aws)->run(params("{}")).Body, R"({"ctx": null})");

  auto Pos = Invoker::create("t.py", "def add(a, b):\n    return a + b\n", quietOptions());
  ASSERT_TRUE(bool(Pos));
  EXPECT_EQ((*Pos)->run(params(R"({"args": [2, 3]})")).Body, R"({"result": 5})");
  EXPECT_EQ((*Pos)->run(params(R"({"x": 1})")).Status, 400);

  auto Bad = Invoker::create("t.py", "def main(args):\n    return {'a': 1 +}\n", quietOptions());
  ASSERT_FALSE(bool(Bad));
  std::string Msg = llvm::toString(Bad.takeError());
  EXPECT_NE(Msg.find("t.py:2:"), std::string::npos) << Msg;

  InvokerOptions O = quietOptions();
  O.Entry = "nope";
  auto NoEntry = Invoker::create("t.py", "def main(args):\n    return {}\n", O);
  ASSERT_FALSE(bool(NoEntry));
  llvm::consumeError(NoEntry.takeError());
}

TEST(InvokerTest, PersistsTracesAcrossRestarts) {
  std::string Dir = tempDir();
  const char *Src = "def main(args):\n    if args['x'] > 0:\n        return {'s': 'pos'}\n"
                    "    return {'s': 'neg'}\n";
  InvokerOptions O = quietOptions();
  O.StateDir = Dir;
  {
    auto I = Invoker::create("t.py", Src, O);
    ASSERT_TRUE(bool(I));
    (*I)->run(params(R"({"x": 1})"));
    (*I)->run(params(R"({"x": -1})"));
  }
  auto I = Invoker::create("t.py", Src, O);
  ASSERT_TRUE(bool(I));
  nlohmann::json S = (*I)->status();
  EXPECT_EQ(S["tracedCalls"], 2);
  EXPECT_EQ(S["traceInvocations"], 2);
  EXPECT_EQ(S["calls"]["total"], 2);
  // Another program may not use this state.
  auto Other = Invoker::create("t.py", "def main(args):\n    return {}\n", O);
  ASSERT_FALSE(bool(Other));
  llvm::consumeError(Other.takeError());
  llvm::sys::fs::remove_directories(Dir);
}

} // namespace

TEST(ActionJSONTest, ErrorBodiesAreTheLaunchersJsonDumps) {
  // json.dumps({"error": msg}, ensure_ascii=False): ", "/": " separators, non-ASCII as UTF-8.
  EXPECT_EQ(actionErrorBody("division by zero"), R"({"error": "division by zero"})");
  EXPECT_EQ(actionErrorBody("'é' \"q\"\n\x01"), "{\"error\": \"'é' \\\"q\\\"\\n\\u0001\"}");
  // Invalid UTF-8 still gives a valid JSON body of the same layout.
  EXPECT_EQ(actionErrorBody("bad \xff byte"), "{\"error\": \"bad \xEF\xBF\xBD byte\"}");
}

TEST(TraceStoreTest, OpenChecksTheDirectory) {
  llvm::SmallString<128> Tmp;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("pyctl-serve-store", Tmp));
  std::string Nested = std::string(Tmp.str()) + "/a/b";
  EXPECT_FALSE(llvm::errorToBool(TraceStore(Nested).open()));
  EXPECT_TRUE(llvm::sys::fs::is_directory(Nested));
  std::string File = std::string(Tmp.str()) + "/file";
  std::ofstream(File) << "x";
  llvm::Error E = TraceStore(File).open();
  ASSERT_TRUE(bool(E));
  EXPECT_NE(llvm::toString(std::move(E)).find("is not a directory"), std::string::npos);
  // No probe file is left behind.
  std::error_code EC;
  int Entries = 0;
  for (llvm::sys::fs::directory_iterator I(Nested, EC), End; !EC && I != End; I.increment(EC))
    ++Entries;
  EXPECT_EQ(Entries, 0);
  llvm::sys::fs::remove_directories(Tmp);
}
