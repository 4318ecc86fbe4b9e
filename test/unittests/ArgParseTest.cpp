//===- ArgParseTest.cpp - Tests of CPython's argument parsing -------------===//
//
// Every expected message below was checked against python3 (CPython 3.11).
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/ArgParse.h"
#include "pyctl/Runtime/PythonError.h"

#include <gtest/gtest.h>

using namespace pyctl;

namespace {

Value I(int64_t N) { return Value::integer(N); }

template <typename Fn> std::string error(Fn F) {
  try {
    F();
  } catch (const PythonError &E) {
    return E.what();
  }
  return "no error";
}

const ArgSignature Round{"round", {"number", "ndigits"}, 0, 1};
const ArgSignature Sum{"sum", {"iterable", "start"}, 1, 1};
const ArgSignature Sort{"sort", {"key", "reverse"}, 0, 0, 0};

} // namespace

TEST(ArgParseTest, ClinicBindsPositionalsAndKeywords) {
  // The result points into the arguments: they must outlive it.
  std::vector<Value> Args{I(2)};
  KeywordArgs Kw{{"ndigits", I(1)}};
  auto P = parseArgs(Round, Args, Kw);
  ASSERT_EQ(P.size(), 2u);
  EXPECT_EQ(P[0]->asInt().toInt64(), 2);
  EXPECT_EQ(P[1]->asInt().toInt64(), 1);
  KeywordArgs ByName{{"number", I(3)}};
  P = parseArgs(Round, {}, ByName);
  EXPECT_EQ(P[0]->asInt().toInt64(), 3);
  EXPECT_EQ(P[1], nullptr);
}

TEST(ArgParseTest, ClinicChecksInCPythonsOrder) {
  EXPECT_EQ(error([] { parseArgs(Round, {I(1), I(2), I(3)}, {{"zz", I(1)}}); }),
            "TypeError: round() takes at most 2 arguments (4 given)");
  EXPECT_EQ(error([] { parseArgs(Round, {}, {{"number", I(1)}, {"ndigits", I(1)}, {"zz", I(1)}}); }),
            "TypeError: round() takes at most 2 keyword arguments (3 given)");
  EXPECT_EQ(error([] { parseArgs(Round, {}, {{"zz", I(1)}}); }),
            "TypeError: round() missing required argument 'number' (pos 1)");
  EXPECT_EQ(error([] { parseArgs(Round, {I(1)}, {{"number", I(1)}}); }),
            "TypeError: argument for round() given by name ('number') and position (1)");
  EXPECT_EQ(error([] { parseArgs(Round, {I(1)}, {{"zz", I(1)}}); }),
            "TypeError: 'zz' is an invalid keyword argument for round()");
  EXPECT_EQ(error([] { parseArgs(Sum, {}, {{"iterable", I(1)}}); }),
            "TypeError: sum() takes at least 1 positional argument (0 given)");
  EXPECT_EQ(error([] { parseArgs(Sort, {I(1)}, {{"key", I(1)}}); }),
            "TypeError: sort() takes no positional arguments");
}

TEST(ArgParseTest, NoKeywordsAndPositionalCounts) {
  EXPECT_EQ(error([] { rejectKeywords("len", {{"obj", I(1)}}); }),
            "TypeError: len() takes no keyword arguments");
  EXPECT_EQ(error([] { checkPositional("sorted", 0, 1, 1); }),
            "TypeError: sorted expected 1 argument, got 0");
  EXPECT_EQ(error([] { checkPositional("get", 0, 1, 2); }),
            "TypeError: get expected at least 1 argument, got 0");
  EXPECT_EQ(error([] { checkPositional("range", 4, 1, 3); }),
            "TypeError: range expected at most 3 arguments, got 4");
}

TEST(ArgParseTest, PythonFunctionBinding) {
  PySignature Search{"search", {"pattern", "string", "flags"}, 2, {}, false};
  EXPECT_EQ(error([&] { bindPythonArgs(Search, {}, {}); }),
            "TypeError: search() missing 2 required positional arguments: 'pattern' and 'string'");
  EXPECT_EQ(error([&] { bindPythonArgs(Search, {I(1), I(2), I(3), I(4)}, {{"zz", I(1)}}); }),
            "TypeError: search() got an unexpected keyword argument 'zz'");
  EXPECT_EQ(error([&] { bindPythonArgs(Search, {I(1)}, {{"pattern", I(1)}}); }),
            "TypeError: search() got multiple values for argument 'pattern'");
  EXPECT_EQ(error([&] { bindPythonArgs(Search, {I(1), I(2), I(3), I(4)}, {}); }),
            "TypeError: search() takes from 2 to 3 positional arguments but 4 were given");
  PySignature Dumps{"dumps", {"obj"}, 1, {"indent", "sort_keys"}, true};
  EXPECT_EQ(error([&] { bindPythonArgs(Dumps, {I(1), I(2)}, {{"indent", I(2)}}); }),
            "TypeError: dumps() takes 1 positional argument but 2 positional arguments (and 1 "
            "keyword-only argument) were given");
  KeywordArgs Kw{{"obj", I(7)}, {"zz", I(1)}};
  auto P = bindPythonArgs(Dumps, {}, Kw);
  EXPECT_EQ(P[0]->asInt().toInt64(), 7);
}
