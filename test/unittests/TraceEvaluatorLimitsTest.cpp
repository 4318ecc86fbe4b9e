//===- TraceEvaluatorLimitsTest.cpp - Gas, deadline and cancellation ------===//
//
// TraceEvaluator::setLimits: gas counted in compiled code's unit (one per
// `while` test and per user call), a deadline and a cancellation flag stop a
// call with ResourceLimitError, and the evaluator stays usable afterwards.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/ASTBuilder.h"
#include "pyctl/Passes/PassBuilder.h"
#include "pyctl/Runtime/ResourceLimits.h"
#include "pyctl/Trace/TraceEvaluator.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace pyctl;
using Clock = std::chrono::steady_clock;

namespace {

/// A program after the `anf` pipeline, with an evaluator of its entry.
struct Program {
  explicit Program(const std::string &Source, const std::string &Entry = "") {
    M = parsePython("t.py", Source);
    PassManager PM;
    if (llvm::Error E = parsePassPipeline(PM, "anf"))
      ADD_FAILURE() << llvm::toString(std::move(E));
    PM.run(*M);
    Eval = std::make_unique<TraceEvaluator>(*M, chooseEntry(*M, Entry));
  }
  /// The result line of one call with integer arguments.
  std::string call(std::vector<Value> Args) {
    nlohmann::json Trace;
    return resultLine(Eval->invoke(Args, Trace));
  }
  std::unique_ptr<Module> M;
  std::unique_ptr<TraceEvaluator> Eval;
};

const char *CountSource = "def count(n):\n"
                          "    i = 0\n"
                          "    while i < n:\n"
                          "        i += 1\n"
                          "    return i\n";

/// Which limit stopped the call, or "none".
std::string stopReason(Program &P, std::vector<Value> Args) {
  try {
    P.call(std::move(Args));
    return "none";
  } catch (const ResourceLimitError &E) {
    return E.what();
  }
}

TEST(TraceEvaluatorLimits, GasIsExactInCompiledCodesUnit) {
  Program P(CountSource);
  // count(3): the entry call, then four tests of `i < n`: 5 units.
  P.Eval->setLimits(ResourceLimits{5});
  EXPECT_EQ(P.call({Value::integer(3)}), R"({"repr": "3", "stdout": "", "json": 3})");
  P.Eval->setLimits(ResourceLimits{4});
  EXPECT_EQ(stopReason(P, {Value::integer(3)}), "out of gas");
  // Each call starts with the full budget, and a stopped call leaves the evaluator usable.
  EXPECT_EQ(P.call({Value::integer(2)}), R"({"repr": "2", "stdout": "", "json": 2})");
  P.Eval->setLimits(ResourceLimits{});
  EXPECT_EQ(P.call({Value::integer(100000)}), R"({"repr": "100000", "stdout": "", "json": 100000})");
}

TEST(TraceEvaluatorLimits, UserCallsSpendGas) {
  Program P("def fact(n):\n"
            "    if n <= 1:\n"
            "        return 1\n"
            "    r = fact(n - 1)\n"
            "    return n * r\n");
  // fact(4) makes four calls, and for-loops are while loops after `anf`.
  P.Eval->setLimits(ResourceLimits{4});
  EXPECT_EQ(P.call({Value::integer(4)}), R"({"repr": "24", "stdout": "", "json": 24})");
  P.Eval->setLimits(ResourceLimits{3});
  EXPECT_EQ(stopReason(P, {Value::integer(4)}), "out of gas");

  Program Loop("def total(xs):\n"
               "    s = 0\n"
               "    for x in xs:\n"
               "        s += x\n"
               "    return s\n");
  std::vector<Value> Xs = {Value::integer(1), Value::integer(2)};
  Loop.Eval->setLimits(ResourceLimits{4}); // entry + three loop tests
  EXPECT_EQ(Loop.call({Value::list(Xs)}), R"({"repr": "3", "stdout": "", "json": 3})");
  Loop.Eval->setLimits(ResourceLimits{3});
  EXPECT_EQ(stopReason(Loop, {Value::list(Xs)}), "out of gas");
}

TEST(TraceEvaluatorLimits, PythonErrorsAreStillResults) {
  Program P("def f(n):\n"
            "    while n > 0:\n"
            "        n -= 1\n"
            "    return 1 // n\n");
  P.Eval->setLimits(ResourceLimits{100});
  EXPECT_EQ(P.call({Value::integer(3)}), R"({"error": "ZeroDivisionError", "stdout": ""})");
}

const char *SpinSource = "def spin():\n"
                         "    while True:\n"
                         "        pass\n";

TEST(TraceEvaluatorLimits, DeadlineStopsAnEndlessLoop) {
  Program P(SpinSource);
  ResourceLimits L;
  L.Deadline = Clock::now() + std::chrono::milliseconds(50);
  P.Eval->setLimits(L);
  auto Start = Clock::now();
  EXPECT_EQ(stopReason(P, {}), "timeout");
  EXPECT_LT(Clock::now() - Start, std::chrono::seconds(5));
}

TEST(TraceEvaluatorLimits, CancelFlagStopsAnEndlessLoop) {
  Program P(SpinSource);
  std::atomic<bool> Cancel{false};
  ResourceLimits L;
  L.Cancel = &Cancel;
  P.Eval->setLimits(L);
  std::thread Canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    Cancel.store(true);
  });
  EXPECT_EQ(stopReason(P, {}), "cancelled");
  Canceller.join();
  // Gas runs out first when it is the tighter limit.
  Cancel.store(false);
  L.Gas = 10000;
  P.Eval->setLimits(L);
  EXPECT_EQ(stopReason(P, {}), "out of gas");
}

TEST(TraceEvaluatorLimits, ErrorKinds) {
  EXPECT_EQ(ResourceLimitError(ResourceLimitError::Kind::OutOfGas).kind(),
            ResourceLimitError::Kind::OutOfGas);
  EXPECT_STREQ(ResourceLimitError(ResourceLimitError::Kind::Timeout).what(), "timeout");
  ResourceMeter Meter;
  Meter.reset(ResourceLimits{2});
  Meter.tick();
  Meter.tick();
  EXPECT_EQ(Meter.spent(), 2u);
  EXPECT_THROW(Meter.tick(), ResourceLimitError);
}

} // namespace
