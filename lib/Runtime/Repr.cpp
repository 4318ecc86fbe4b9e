//===- Repr.cpp - repr() and str() of Python values -----------------------===//

#include "pyctl/Runtime/Repr.h"

#include "pyctl/Runtime/MethodDescriptor.h"
#include "pyctl/Runtime/ExceptionClasses.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/MatchObject.h"
#include "pyctl/Runtime/PatternObject.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/RecursionDepth.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/StrRepr.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace pyctl {

namespace {
/// Writes reprs, remembering the containers being printed to cut cycles.
class ReprWriter {
public:
  void write(const Value &V);
  std::string Out;

private:
  bool enter(const void *Container);
  void leave() { Active.pop_back(); }
  void writeItems(const std::vector<Value> &Items);
  void writeDictItems(const Dict &D);
  std::vector<const void *> Active;
};
} // namespace

bool ReprWriter::enter(const void *Container) {
  if (std::find(Active.begin(), Active.end(), Container) != Active.end())
    return false;
  Active.push_back(Container);
  return true;
}

void ReprWriter::writeItems(const std::vector<Value> &Items) {
  for (size_t I = 0; I < Items.size(); ++I) {
    if (I)
      Out += ", ";
    write(Items[I]);
  }
}

void ReprWriter::writeDictItems(const Dict &D) {
  bool First = true;
  D.forEach([&](const Dict::Entry &E) {
    if (!First)
      Out += ", ";
    First = false;
    write(E.Key);
    Out += ": ";
    write(E.Val);
  });
}

static std::string addressText(const void *P) {
  char Buf[32];
  std::snprintf(Buf, sizeof(Buf), "%p", P);
  return Buf;
}

void ReprWriter::write(const Value &V) {
  // CPython's PyObject_Repr enters one recursion level per nested object.
  std::optional<RecursionScope> Level;
  if (V.isList() || V.isTuple() || V.isDict() || V.isSet())
    Level.emplace("repr");
  switch (V.kind()) {
  case Value::Kind::None:
    Out += "None";
    return;
  case Value::Kind::Bool:
    Out += V.asBool() ? "True" : "False";
    return;
  case Value::Kind::Int:
    Out += V.asInt().repr();
    return;
  case Value::Kind::Float:
    Out += floatRepr(V.asFloat());
    return;
  case Value::Kind::Str:
    Out += strRepr(V.asStr());
    return;
  case Value::Kind::List: {
    if (!enter(V.objectIdentity())) {
      Out += "[...]";
      return;
    }
    Out.push_back('[');
    writeItems(*V.asList());
    Out.push_back(']');
    leave();
    return;
  }
  case Value::Kind::Tuple: {
    const auto &Items = V.asTuple();
    Out.push_back('(');
    writeItems(Items);
    if (Items.size() == 1)
      Out.push_back(',');
    Out.push_back(')');
    return;
  }
  case Value::Kind::Dict: {
    if (!enter(V.objectIdentity())) {
      Out += "{...}";
      return;
    }
    Out.push_back('{');
    writeDictItems(*V.asDict());
    Out.push_back('}');
    leave();
    return;
  }
  case Value::Kind::DictView: {
    // dictview_repr guards the view object itself (not its dict): a view met
    // again inside its own items prints as "...", and its dict prints as usual.
    const DictView &View = V.asDictView();
    if (!enter(V.objectIdentity())) {
      Out += "...";
      return;
    }
    Out += typeName(V);
    Out += "([";
    {
      bool First = true;
      View.Target->forEach([&](const Dict::Entry &E) {
        if (!First)
          Out += ", ";
        First = false;
        switch (View.Which) {
        case DictViewKind::Keys:
          write(E.Key);
          break;
        case DictViewKind::Values:
          write(E.Val);
          break;
        case DictViewKind::Items:
          Out.push_back('(');
          write(E.Key);
          Out += ", ";
          write(E.Val);
          Out.push_back(')');
          break;
        }
      });
    }
    Out += "])";
    leave();
    return;
  }
  case Value::Kind::Range: {
    const RangeObject &R = V.asRange();
    Out += "range(" + R.Start.repr() + ", " + R.Stop.repr();
    if (!(R.Step == Int(1)))
      Out += ", " + R.Step.repr();
    Out.push_back(')');
    return;
  }
  case Value::Kind::Function:
    Out += "<function " + V.functionName() + " at " + addressText(V.objectIdentity()) + ">";
    return;
  case Value::Kind::Builtin:
    if (isKnownExceptionClass(V.builtinName()))
      Out += exceptionClassRepr(V.builtinName());
    else if (isBuiltinClassName(V.builtinName()))
      Out += "<class '" + V.builtinName() + "'>";
    else if (isMethodDescriptor(V.builtinName()))
      Out += methodDescriptorRepr(V.builtinName());
    else if (V.builtinName().rfind("math.", 0) == 0) // C functions: no module in the repr
      Out += "<built-in function " + V.builtinName().substr(5) + ">";
    else if (V.builtinName().find('.') != std::string::npos) // json / re: Python functions
      throw UnsupportedError("repr of '" + V.builtinName() + "' (a Python function: its repr shows an address)");
    else
      Out += "<built-in function " + V.builtinName() + ">";
    return;
  case Value::Kind::Set: {
    // set() or {a, b}, in CPython's iteration order (when it is known).
    std::vector<Value> Items = orderedSetItems(V);
    if (Items.empty()) {
      Out += "set()";
      return;
    }
    Out += "{";
    for (size_t I = 0; I < Items.size(); ++I) {
      if (I)
        Out += ", ";
      write(Items[I]);
    }
    Out += "}";
    return;
  }
  case Value::Kind::Iterator:
    // CPython shows "<list_iterator object at 0x...>": an address.
    throw UnsupportedError("repr of a " + std::string(typeName(V)) + " shows its address");
  case Value::Kind::Exception: {
    // BaseException.__repr__: Type(arg) for one argument, else Type + repr(args).
    const ExceptionObject &E = *V.asException();
    Out += E.Type;
    if (!E.ArgsKnown) {
      Out += "(" + E.Message + ")"; // a runtime KeyError: Message is repr(key)
      return;
    }
    if (E.Args.size() == 1) {
      Out.push_back('(');
      write(E.Args[0]);
      Out.push_back(')');
      return;
    }
    write(Value::tuple(E.Args));
    return;
  }
  case Value::Kind::Match:
    Out += matchRepr(*V.asMatch());
    return;
  case Value::Kind::Pattern:
    Out += patternRepr(*V.asPattern());
    return;
  case Value::Kind::BoundMethod:
    // CPython shows "<built-in method get of dict object at 0x...>": an address.
    throw UnsupportedError("repr of a bound method shows its receiver's address");
  }
}

std::string repr(const Value &V) {
  ReprWriter W;
  W.write(V);
  return std::move(W.Out);
}

std::string str(const Value &V) {
  if (V.isException())
    return V.asException()->Message;
  return V.isStr() ? V.asStr() : repr(V);
}

} // namespace pyctl
