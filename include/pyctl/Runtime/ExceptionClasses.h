//===- ExceptionClasses.h - CPython's builtin exception hierarchy -*- C++ -*-===//
//
// The builtin exception classes an `except` clause may name, with CPython
// 3.11's base classes, so that `except LookupError` catches the KeyError a
// dict lookup raises exactly as CPython does.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_EXCEPTIONCLASSES_H
#define PYCTL_RUNTIME_EXCEPTIONCLASSES_H

#include <string>
#include <string_view>

namespace pyctl {

/// True when \p Name is a builtin exception class pyctl knows the place of in
/// CPython 3.11's hierarchy (BaseException, Exception, ArithmeticError,
/// ZeroDivisionError, LookupError, KeyError, ..., UnboundLocalError, and
/// json.JSONDecodeError, a ValueError, named "JSONDecodeError").
bool isKnownExceptionClass(std::string_view Name);

/// True when \p Name is a known exception class that is a builtin name of
/// CPython (isKnownExceptionClass but not "JSONDecodeError", which is
/// `json.JSONDecodeError`): a program may read it as a class value
/// (`isinstance(e, KeyError)`, `errors = (KeyError, IndexError)`), which
/// both runtimes represent as the builtin value of that name.
bool isBuiltinExceptionClassName(std::string_view Name);

/// True when raising the exception class \p Name is supported: a builtin
/// exception class derived from Exception (BaseException, SystemExit,
/// KeyboardInterrupt and GeneratorExit would end an invocation without a
/// result).
bool isRaisableExceptionClassName(std::string_view Name);

/// CPython's repr of the exception class \p Name: `<class 'KeyError'>`, and
/// `<class 'json.decoder.JSONDecodeError'>` for JSONDecodeError.
std::string exceptionClassRepr(std::string_view Name);

/// CPython's `issubclass(Raised, Handler)` for two known exception classes:
/// whether `except Handler` catches an exception of class \p Raised. A class
/// not known to isKnownExceptionClass matches only itself, BaseException and
/// Exception (every exception pyctl raises derives from Exception).
bool exceptionMatches(std::string_view Raised, std::string_view Handler);

} // namespace pyctl

#endif
