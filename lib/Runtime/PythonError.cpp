//===- PythonError.cpp - Python exceptions raised by the runtime ----------===//

#include "pyctl/Runtime/PythonError.h"

#include "pyctl/Runtime/Value.h"

namespace pyctl {

static std::string describe(const std::string &Type, const std::string &Message) {
  return Message.empty() ? Type : Type + ": " + Message;
}

PythonError::PythonError(std::string Type, std::string Message)
    : std::runtime_error(describe(Type, Message)), Type(std::move(Type)),
      Message(std::move(Message)) {}

PythonError::PythonError(std::shared_ptr<const ExceptionObject> Obj)
    : PythonError(Obj->Type, Obj->Message) {
  Object = std::move(Obj);
}

UnsupportedError::UnsupportedError(const std::string &What)
    : std::runtime_error("unsupported: " + What) {}

void throwTypeError(std::string Message) {
  throw PythonError("TypeError", std::move(Message));
}
void throwValueError(std::string Message) {
  throw PythonError("ValueError", std::move(Message));
}
void throwOverflowError(std::string Message) {
  throw PythonError("OverflowError", std::move(Message));
}
void throwZeroDivisionError(std::string Message) {
  throw PythonError("ZeroDivisionError", std::move(Message));
}
void throwIndexError(std::string Message) {
  throw PythonError("IndexError", std::move(Message));
}

} // namespace pyctl
