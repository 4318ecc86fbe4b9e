//===- MethodDescriptor.cpp - Methods read from their type: str.lower -----===//
#include "pyctl/Runtime/MethodDescriptor.h"

#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Set.h"

#include <optional>
#include <utility>

namespace pyctl {

namespace {

/// An empty instance of the type named \p Type, which hasMethod answers for.
std::optional<Value> instanceOf(std::string_view Type) {
  if (Type == "str")
    return Value::str("");
  if (Type == "list")
    return Value::list();
  if (Type == "dict")
    return Value::dict();
  if (Type == "tuple")
    return Value::tuple({});
  if (Type == "set")
    return makeSet({});
  if (Type == "int")
    return Value::integer(int64_t(0));
  if (Type == "float")
    return Value::floating(0.0);
  return std::nullopt;
}

/// "str.lower" as {"str", "lower"}.
std::pair<std::string_view, std::string_view> split(std::string_view Name) {
  size_t Dot = Name.find('.');
  if (Dot == std::string_view::npos)
    return {Name, {}};
  return {Name.substr(0, Dot), Name.substr(Dot + 1)};
}

/// isinstance(V, Type) for the types instanceOf knows.
bool isInstance(const Value &V, std::string_view Type) {
  if (Type == "int")
    return V.isInt() || V.isBool();
  return typeName(V) == Type;
}

} // namespace

bool isMethodDescriptor(std::string_view Name) {
  auto [Type, Method] = split(Name);
  if (Method.empty())
    return false;
  // dict.fromkeys is a classmethod (its first argument is no receiver), run
  // as a method call on the type object instead.
  if (Method == "fromkeys")
    return false;
  std::optional<Value> Sample = instanceOf(Type);
  return Sample && hasMethod(*Sample, Method);
}

Value callMethodDescriptor(std::string_view Name, std::vector<Value> Args, const KeywordArgs &Kwargs,
                           BuiltinContext &Ctx) {
  auto [Type, Method] = split(Name);
  if (Args.empty())
    throwTypeError("unbound method " + std::string(Name) + "() needs an argument");
  if (!isInstance(Args[0], Type))
    throwTypeError("descriptor '" + std::string(Method) + "' for '" + std::string(Type) +
                   "' objects doesn't apply to a '" + std::string(typeName(Args[0])) + "' object");
  Value Self = std::move(Args[0]);
  Args.erase(Args.begin());
  return callMethod(Self, Method, std::move(Args), Kwargs, Ctx);
}

std::string methodDescriptorRepr(std::string_view Name) {
  auto [Type, Method] = split(Name);
  return "<method '" + std::string(Method) + "' of '" + std::string(Type) + "' objects>";
}

} // namespace pyctl
