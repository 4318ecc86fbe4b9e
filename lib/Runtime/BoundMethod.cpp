//===- BoundMethod.cpp - Methods bound to their receiver -------------------===//

#include "pyctl/Runtime/BoundMethod.h"
#include "pyctl/Runtime/Methods.h"

#include <memory>

namespace pyctl {

Value bindMethod(const Value &Self, std::string_view Name) {
  return Value::boundMethod(std::make_shared<const BoundMethodObject>(BoundMethodObject{Self, std::string(Name)}));
}

Value callBoundMethod(const Value &M, std::vector<Value> Args, const KeywordArgs &Kwargs,
                      BuiltinContext &Ctx) {
  const BoundMethodObject &B = *M.asBoundMethod();
  return callMethod(B.Self, B.Name, std::move(Args), Kwargs, Ctx);
}

std::string builtinCalleeIdentity(const Value &Callee) {
  if (Callee.isBuiltin())
    return "builtin " + Callee.builtinName();
  if (Callee.isBoundMethod()) {
    const BoundMethodObject &B = *Callee.asBoundMethod();
    return "method " + std::string(typeName(B.Self)) + "." + B.Name;
  }
  return "";
}

} // namespace pyctl
