//===- PythonError.h - Python exceptions raised by the runtime --*- C++ -*-===//
//
// The runtime reports a Python-level failure by throwing PythonError with the
// name of the exception type CPython 3.11 would raise and the same message.
// Operations whose CPython result depends on things the runtime cannot model
// (object identity of equal ints, complex results, ...) throw UnsupportedError
// instead of guessing.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_PYTHONERROR_H
#define PYCTL_RUNTIME_PYTHONERROR_H

#include <memory>
#include <stdexcept>
#include <string>

namespace pyctl {

struct ExceptionObject;

/// A Python exception. `type()` is the CPython exception class name
/// ("TypeError", "ZeroDivisionError", "ValueError", "IndexError", "KeyError",
/// "OverflowError", "UnboundLocalError", "NameError", "AttributeError", ...)
/// and `message()` the text CPython would show after the colon (for KeyError:
/// repr of the key, as `str(KeyError(k))` shows). `what()` is "Type: message"
/// (just "Type" when the message is empty), like the last line of a traceback.
class PythonError : public std::runtime_error {
public:
  /// Makes an exception of CPython type \p Type with text \p Message.
  PythonError(std::string Type, std::string Message);
  /// Raises the exception instance \p Object (`raise E(args)`, or a bare
  /// `raise` re-raising a caught one): type() and message() are its class
  /// and str().
  explicit PythonError(std::shared_ptr<const ExceptionObject> Object);

  /// The CPython exception type name, e.g. "TypeError".
  const std::string &type() const { return Type; }
  /// The message CPython would attach (may be empty).
  const std::string &message() const { return Message; }
  /// The instance raised, when it exists as a value; null for an exception
  /// the runtime raised by type and message.
  const std::shared_ptr<const ExceptionObject> &object() const { return Object; }

private:
  std::string Type;
  std::string Message;
  std::shared_ptr<const ExceptionObject> Object;
};

/// Thrown when CPython's result is not determined by the values the runtime
/// models (e.g. `x is y` for equal large ints, a complex result of `**`, NaN
/// keys whose lookup depends on object identity, results too large to build).
/// It is never a Python exception: callers should stop and report it.
class UnsupportedError : public std::runtime_error {
public:
  /// \p What describes the unsupported operation.
  explicit UnsupportedError(const std::string &What);
};

/// Throws PythonError("TypeError", Message).
[[noreturn]] void throwTypeError(std::string Message);
/// Throws PythonError("ValueError", Message).
[[noreturn]] void throwValueError(std::string Message);
/// Throws PythonError("OverflowError", Message).
[[noreturn]] void throwOverflowError(std::string Message);
/// Throws PythonError("ZeroDivisionError", Message).
[[noreturn]] void throwZeroDivisionError(std::string Message);
/// Throws PythonError("IndexError", Message).
[[noreturn]] void throwIndexError(std::string Message);

} // namespace pyctl

#endif // PYCTL_RUNTIME_PYTHONERROR_H
