//===- ExceptionClassesTest.cpp - CPython's exception hierarchy -----------===//
//
// Every expectation is `issubclass(Raised, Handler)` in python3 (CPython 3.11).
//
//===----------------------------------------------------------------------===//
#include "pyctl/Runtime/ExceptionClasses.h"

#include <gtest/gtest.h>

using namespace pyctl;

TEST(ExceptionClasses, HandlersCatchSubclasses) {
  EXPECT_TRUE(exceptionMatches("ZeroDivisionError", "ZeroDivisionError"));
  EXPECT_TRUE(exceptionMatches("ZeroDivisionError", "ArithmeticError"));
  EXPECT_TRUE(exceptionMatches("OverflowError", "ArithmeticError"));
  EXPECT_TRUE(exceptionMatches("KeyError", "LookupError"));
  EXPECT_TRUE(exceptionMatches("IndexError", "LookupError"));
  EXPECT_TRUE(exceptionMatches("UnboundLocalError", "NameError"));
  EXPECT_TRUE(exceptionMatches("NotImplementedError", "RuntimeError"));
  EXPECT_TRUE(exceptionMatches("RecursionError", "RuntimeError"));
  EXPECT_TRUE(exceptionMatches("UnicodeError", "ValueError"));
  EXPECT_TRUE(exceptionMatches("JSONDecodeError", "ValueError")); // json.JSONDecodeError
  for (const char *C : {"ValueError", "TypeError", "KeyError", "AssertionError", "StopIteration",
                        "AttributeError", "UnboundLocalError"}) {
    EXPECT_TRUE(exceptionMatches(C, "Exception")) << C;
    EXPECT_TRUE(exceptionMatches(C, "BaseException")) << C;
  }
}

TEST(ExceptionClasses, HandlersMissOtherBranches) {
  EXPECT_FALSE(exceptionMatches("KeyError", "IndexError"));
  EXPECT_FALSE(exceptionMatches("LookupError", "KeyError"));
  EXPECT_FALSE(exceptionMatches("ZeroDivisionError", "ValueError"));
  EXPECT_FALSE(exceptionMatches("NameError", "UnboundLocalError"));
  EXPECT_FALSE(exceptionMatches("TypeError", "ValueError"));
  EXPECT_FALSE(exceptionMatches("KeyboardInterrupt", "Exception"));
  EXPECT_FALSE(exceptionMatches("SystemExit", "Exception"));
  EXPECT_TRUE(exceptionMatches("SystemExit", "BaseException"));
  EXPECT_FALSE(exceptionMatches("Exception", "ValueError"));
  EXPECT_FALSE(exceptionMatches("ValueError", "JSONDecodeError"));
  EXPECT_FALSE(exceptionMatches("JSONDecodeError", "TypeError"));
}

TEST(ExceptionClasses, KnowsTheClassesHandlersMayName) {
  EXPECT_TRUE(isKnownExceptionClass("BaseException"));
  EXPECT_TRUE(isKnownExceptionClass("LookupError"));
  EXPECT_FALSE(isKnownExceptionClass("MyError"));
  EXPECT_FALSE(isKnownExceptionClass("int"));
}
