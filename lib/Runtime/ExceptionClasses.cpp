//===- ExceptionClasses.cpp - CPython's builtin exception hierarchy -------===//
#include "pyctl/Runtime/ExceptionClasses.h"

#include <utility>

using namespace pyctl;

namespace {

/// Each known class and its base, as in CPython 3.11's Lib/exceptions
/// hierarchy (only the classes pyctl can raise or a handler may name).
constexpr std::pair<std::string_view, std::string_view> Bases[] = {
    {"BaseException", ""},
    {"Exception", "BaseException"},
    {"KeyboardInterrupt", "BaseException"},
    {"SystemExit", "BaseException"},
    {"GeneratorExit", "BaseException"},
    {"ArithmeticError", "Exception"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"FloatingPointError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"AttributeError", "Exception"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"KeyError", "LookupError"},
    {"NameError", "Exception"},
    {"UnboundLocalError", "NameError"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"RecursionError", "RuntimeError"},
    {"StopIteration", "Exception"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
    {"UnicodeError", "ValueError"},
    {"JSONDecodeError", "ValueError"}, // json.JSONDecodeError
};

std::string_view baseOf(std::string_view Name, bool &Known) {
  for (const auto &[Class, Base] : Bases)
    if (Class == Name) {
      Known = true;
      return Base;
    }
  Known = false;
  return "";
}

} // namespace

bool pyctl::isKnownExceptionClass(std::string_view Name) {
  bool Known;
  baseOf(Name, Known);
  return Known;
}

bool pyctl::isBuiltinExceptionClassName(std::string_view Name) {
  return Name != "JSONDecodeError" && isKnownExceptionClass(Name);
}

bool pyctl::isRaisableExceptionClassName(std::string_view Name) {
  return isBuiltinExceptionClassName(Name) && exceptionMatches(Name, "Exception");
}

std::string pyctl::exceptionClassRepr(std::string_view Name) {
  if (Name == "JSONDecodeError")
    return "<class 'json.decoder.JSONDecodeError'>";
  return "<class '" + std::string(Name) + "'>";
}

bool pyctl::exceptionMatches(std::string_view Raised, std::string_view Handler) {
  for (std::string_view C = Raised; !C.empty();) {
    if (C == Handler)
      return true;
    bool Known;
    std::string_view Base = baseOf(C, Known);
    C = Known ? Base : "Exception";
  }
  return false;
}
