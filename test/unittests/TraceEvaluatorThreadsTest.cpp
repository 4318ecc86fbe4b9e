//===- TraceEvaluatorThreadsTest.cpp - Evaluators in parallel -------------===//
//
// `pyctl serve` runs one TraceEvaluator per call, in parallel, over one parsed
// Module. Each thread's results and traces must equal a single-threaded run.
// (Run once under -fsanitize=thread too; see docs/serve.md.)
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/Passes/PassBuilder.h"
#include "pyctl/Runtime/ValueJSON.h"
#include "pyctl/Trace/TraceEvaluator.h"

#include <gtest/gtest.h>

#include <thread>

using namespace pyctl;

namespace {

/// Touches module-level constants (ints big and small, strings, floats, a
/// tuple), closures, dicts, lists, recursion, printing and exceptions.
const char *Source = "BIG = 123456789012345678901234567890\n"
                     "NAMES = ('zero', 'one', 'two')\n"
                     "\n"
                     "def fib(n):\n"
                     "    if n < 2:\n"
                     "        return n\n"
                     "    a = fib(n - 1)\n"
                     "    b = fib(n - 2)\n"
                     "    return a + b\n"
                     "\n"
                     "def main(n, words):\n"
                     "    counts = {}\n"
                     "    for w in words:\n"
                     "        counts[w] = counts.get(w, 0) + 1\n"
                     "    def scale(x):\n"
                     "        return x * n + BIG\n"
                     "    out = []\n"
                     "    i = 0\n"
                     "    while i < n:\n"
                     "        out.append(scale(i) % 1000)\n"
                     "        i += 1\n"
                     "    print('n =', n, NAMES[n % 3], 2.5 * n)\n"
                     "    f = fib(n % 8)\n"
                     "    if n == 7:\n"
                     "        return 1 // (n - 7)\n"
                     "    return [out, sorted(counts.items()), f, str(BIG * n)]\n";

std::vector<std::string> inputs() {
  std::vector<std::string> In;
  for (int I = 0; I < 24; ++I)
    In.push_back("[" + std::to_string(I) + ", [\"a\", \"b\", \"a\", \"" + std::string(I % 5, 'c') + "\"]]");
  return In;
}

/// The result line and trace of every input, run by one fresh evaluator.
std::vector<std::string> runAll(const Module &M, const std::vector<std::string> &In) {
  TraceEvaluator Eval(M, chooseEntry(M, ""));
  std::vector<std::string> Out;
  for (const std::string &Line : In) {
    nlohmann::json Trace;
    std::vector<Value> Args = *valueFromJSONText(Line).asList();
    InvocationResult R = Eval.invoke(Args, Trace);
    Out.push_back(resultLine(R) + "\n" + Trace.dump());
  }
  return Out;
}

TEST(TraceEvaluatorThreads, ParallelEvaluatorsOverOneModuleAgree) {
  std::unique_ptr<Module> M = parsePython("t.py", Source);
  PassManager PM;
  ASSERT_FALSE(bool(parsePassPipeline(PM, "anf")));
  PM.run(*M);
  const std::vector<std::string> In = inputs();
  const std::vector<std::string> Expected = runAll(*M, In);
  ASSERT_NE(Expected[3].find("\"repr\": \"[[890, 893, 896], [('a', 2), ('b', 1), ('ccc', 1)], 2, "
                             "'370370367037037036703703703670']\""),
            std::string::npos)
      << Expected[3];
  ASSERT_EQ(Expected[7].rfind("{\"error\": \"ZeroDivisionError\"", 0), 0u) << Expected[7];

  constexpr int Threads = 8, Rounds = 4;
  std::vector<std::vector<std::string>> Got(Threads * Rounds);
  std::vector<std::thread> Pool;
  for (int T = 0; T < Threads; ++T)
    Pool.emplace_back([&, T] {
      for (int R = 0; R < Rounds; ++R)
        Got[T * Rounds + R] = runAll(*M, In);
    });
  for (std::thread &T : Pool)
    T.join();
  for (const auto &Run : Got)
    EXPECT_EQ(Run, Expected);
}

} // namespace
