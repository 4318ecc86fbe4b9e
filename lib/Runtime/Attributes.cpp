//===- Attributes.cpp - Attribute reads of built-in values ----------------===//
#include "pyctl/Runtime/Attributes.h"
#include "pyctl/Runtime/BoundMethod.h"

#include "pyctl/Runtime/MatchObject.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/PatternObject.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/TypeAttributes.h"

namespace pyctl {

bool isReadableAttributeName(std::string_view Name) {
  for (std::string_view N : {"args", "string", "pos", "endpos", "re", "lastindex", "lastgroup",
                             "pattern", "groups", "groupindex", "flags", "real", "imag", "__name__"})
    if (N == Name)
      return true;
  return false;
}

Value getAttribute(const Value &Obj, std::string_view Name) {
  if (Name == "__name__" && (Obj.isBuiltin() || Obj.isFunction())) {
    // A class's or function's own name: the last part of a dotted builtin
    // name (math.sqrt, str.lower) or of a function's __qualname__.
    const std::string &Full = Obj.isBuiltin() ? Obj.builtinName() : Obj.functionName();
    size_t Dot = Full.rfind('.');
    return Value::str(Dot == std::string::npos ? Full : Full.substr(Dot + 1));
  }
  if (Obj.isException() && Name == "args") {
    const ExceptionObject &E = *Obj.asException();
    if (!E.ArgsKnown)
      throw UnsupportedError("e.args of a " + E.Type + " the runtime raised (its argument is gone)");
    return Value::tuple(E.Args);
  }
  if (Obj.isMatch()) {
    const MatchObject &M = *Obj.asMatch();
    if (Name == "string")
      return M.String;
    if (Name == "pos")
      return Value::integer(int64_t(M.Pos));
    if (Name == "endpos")
      return Value::integer(int64_t(M.EndPos));
    if (Name == "re")
      return Value::pattern(std::make_shared<const PatternObject>(PatternObject{M.PatternSource, M.Pattern}));
    if (Name == "lastindex" || Name == "lastgroup") {
      long Last = M.Caps.back();
      if (Last < 0)
        return Value::none();
      if (Name == "lastindex")
        return Value::integer(int64_t(Last));
      for (const auto &[GroupName, G] : M.Pattern->groupNames())
        if (long(G) == Last)
          return Value::str(GroupName);
      return Value::none();
    }
  }
  if (Obj.isNumber() && (Name == "real" || Name == "imag")) {
    // int.real is the int itself (a bool's is its int value), int.imag is 0;
    // float.real is the float itself, float.imag is 0.0.
    if (Obj.isFloat())
      return Name == "real" ? Obj : Value::floating(0.0);
    return Name == "real" ? Value::integer(Obj.toInt()) : Value::integer(int64_t(0));
  }
  if (Obj.isPattern()) {
    const PatternObject &P = *Obj.asPattern();
    if (Name == "pattern")
      return Value::str(P.Source);
    if (Name == "groups")
      return Value::integer(int64_t(P.Compiled->groupCount()));
    if (Name == "flags")
      return Value::integer(int64_t(P.Compiled->flags()));
    if (Name == "groupindex") {
      // CPython's is a read-only mappingproxy of this dict; the front end
      // lets it be read only where the two act the same.
      Value Out = Value::dict();
      for (const auto &[GroupName, G] : P.Compiled->groupNames())
        setItem(Out, Value::str(GroupName), Value::integer(int64_t(G)));
      return Out;
    }
  }
  if (Obj.isBoundMethod()) {
    // CPython's builtin_function_or_method: its receiver and its name.
    if (Name == "__self__")
      return Obj.asBoundMethod()->Self;
    if (Name == "__name__")
      return Value::str(Obj.asBoundMethod()->Name);
  }
  // A method read from a built-in value is bound to it (BoundMethod.h). A view's isdisjoint
  // is only called directly: the Python tracer calls no bound method of a view through a
  // variable.
  if (Obj.isDictView() && hasMethod(Obj, Name))
    throw UnsupportedError("the method " + std::string(typeName(Obj)) + "." + std::string(Name) +
                           " read as a value");
  if (!Obj.isBuiltin() && hasMethod(Obj, Name))
    return bindMethod(Obj, Name);
  std::string Type(typeName(Obj));
  if (!Obj.isBuiltin() && instanceHasAttribute(Type, Name).value_or(false))
    throw UnsupportedError("attribute " + Type + "." + std::string(Name));
  missingAttribute(Obj, Name);
}

void lookupAttribute(const Value &Obj, std::string_view Name) {
  if (hasMethod(Obj, Name))
    return;
  (void)getAttribute(Obj, Name);
}

} // namespace pyctl
