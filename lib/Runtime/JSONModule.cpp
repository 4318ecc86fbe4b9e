//===- JSONModule.cpp - json.dumps and json.loads -------------------------===//
//
// The encoder follows CPython's Lib/json/encoder.py (_make_iterencode and
// py_encode_basestring[_ascii]), which the C accelerator reproduces.
//
//===----------------------------------------------------------------------===//
#include "pyctl/Runtime/JSONModule.h"
#include "pyctl/Runtime/BuildLimits.h"
#include "pyctl/Runtime/ArgParse.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Unicode.h"
#include "pyctl/Runtime/ValueJSON.h"
#include "pyctl/Runtime/RecursionDepth.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <stdexcept>

namespace pyctl {

namespace {

struct Encoder {
  bool EnsureASCII = true, AllowNaN = true, SortKeys = false;
  /// The indent string; unset for the one-line form.
  std::optional<std::string> Indent;
  /// `separators=(item, key)`; unset for the defaults (", " or "," with an indent, and ": ").
  std::optional<std::string> ItemSeparator, KeySeparator;
  std::string Out;
  std::set<const void *> Active;

  void hex4(uint32_t U) {
    // Backslash, "u", up to 8 hex digits (the width is a minimum) and NUL; callers pass < 0x10000.
    char Buf[16];
    std::snprintf(Buf, sizeof Buf, "\\u%04x", static_cast<unsigned>(U));
    Out += Buf;
  }

  void string(const std::string &S) {
    Out += '"';
    size_t I = 0;
    while (I < S.size()) {
      size_t Start = I;
      uint32_t C = unicode::decodeNext(S, I);
      switch (C) {
      case '"': Out += "\\\""; continue;
      case '\\': Out += "\\\\"; continue;
      case '\n': Out += "\\n"; continue;
      case '\r': Out += "\\r"; continue;
      case '\t': Out += "\\t"; continue;
      case '\b': Out += "\\b"; continue;
      case '\f': Out += "\\f"; continue;
      default: break;
      }
      if (C < 0x20) {
        hex4(C);
      } else if (C < 0x7f || !EnsureASCII) {
        Out.append(S, Start, I - Start);
      } else if (C < 0x10000) {
        hex4(C);
      } else {
        uint32_t V = C - 0x10000;
        hex4(0xd800 | (V >> 10));
        hex4(0xdc00 | (V & 0x3ff));
      }
    }
    Out += '"';
  }

  std::string floatText(double D) {
    if (std::isnan(D) || std::isinf(D)) {
      if (!AllowNaN)
        throw PythonError("ValueError", "Out of range float values are not JSON compliant");
      return std::isnan(D) ? "NaN" : D > 0 ? "Infinity" : "-Infinity";
    }
    return floatRepr(D);
  }

  void newline(unsigned Level) {
    Out += '\n';
    for (unsigned I = 0; I < Level; ++I)
      Out += *Indent;
  }

  /// One container: enter, check for cycles.
  struct Enter {
    Encoder &E;
    const void *Id;
    Enter(Encoder &E, const void *Id) : E(E), Id(Id) {
      if (!E.Active.insert(Id).second)
        throw PythonError("ValueError", "Circular reference detected");
    }
    ~Enter() { E.Active.erase(Id); }
  };

  void value(const Value &V, unsigned Level) {
    // CPython's encoder enters one recursion level per container, counted with the calls on
    // the stack: refuse deep nesting rather than guess where RecursionError starts.
    std::optional<RecursionScope> Depth;
    if (V.isList() || V.isTuple() || V.isDict())
      Depth.emplace("json.dumps");
    if (V.isNone()) {
      Out += "null";
    } else if (V.isBool()) {
      Out += V.asBool() ? "true" : "false";
    } else if (V.isInt()) {
      Out += repr(V);
    } else if (V.isFloat()) {
      Out += floatText(V.asFloat());
    } else if (V.isStr()) {
      string(V.asStr());
    } else if (V.isList() || V.isTuple()) {
      Enter Guard(*this, V.objectIdentity());
      std::vector<Value> Items = V.sequenceItems();
      if (Items.empty()) {
        Out += "[]";
        return;
      }
      Out += '[';
      for (size_t I = 0; I < Items.size(); ++I) {
        separator(I, Level + 1);
        value(Items[I], Level + 1);
      }
      close(Level, ']');
    } else if (V.isDict()) {
      Enter Guard(*this, V.objectIdentity());
      std::vector<Value> Keys, Values;
      V.asDict()->forEach([&](const Dict::Entry &E) {
        Keys.push_back(E.Key);
        Values.push_back(E.Val);
      });
      if (Keys.empty()) {
        Out += "{}";
        return;
      }
      std::vector<size_t> Order(Keys.size());
      for (size_t I = 0; I < Order.size(); ++I)
        Order[I] = I;
      if (SortKeys) {
        std::vector<Value> Positions;
        for (size_t I = 0; I < Order.size(); ++I)
          Positions.push_back(Value::integer(int64_t(I)));
        sortValues(Positions, &Keys, false);
        for (size_t I = 0; I < Order.size(); ++I)
          Order[I] = size_t(*Positions[I].asInt().toInt64());
      }
      Out += '{';
      for (size_t I = 0; I < Order.size(); ++I) {
        separator(I, Level + 1);
        string(keyText(Keys[Order[I]]));
        Out += KeySeparator ? *KeySeparator : ": ";
        value(Values[Order[I]], Level + 1);
      }
      close(Level, '}');
    } else {
      // json uses o.__class__.__name__: "Match" for an re.Match (whose tp_name is "re.Match").
      std::string_view Name = V.isMatch() ? "Match" : V.isPattern() ? "Pattern" : typeName(V);
      throwTypeError("Object of type " + std::string(Name) + " is not JSON serializable");
    }
  }

  /// What goes before item \p I of a container whose items are at \p Level.
  void separator(size_t I, unsigned Level) {
    if (Indent) {
      if (I)
        Out += ItemSeparator ? *ItemSeparator : ",";
      newline(Level);
    } else if (I) {
      Out += ItemSeparator ? *ItemSeparator : ", ";
    }
  }

  void close(unsigned Level, char Bracket) {
    if (Indent)
      newline(Level);
    Out += Bracket;
  }

  std::string keyText(const Value &K) {
    if (K.isStr())
      return K.asStr();
    if (K.isFloat())
      return floatText(K.asFloat());
    if (K.isBool())
      return K.asBool() ? "true" : "false";
    if (K.isNone())
      return "null";
    if (K.isInt())
      return repr(K);
    throwTypeError("keys must be str, int, float, bool or None, not " + std::string(typeName(K)));
  }
};

/// json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
/// allow_nan=True, cls=None, indent=None, separators=None, default=None,
/// sort_keys=False, **kw), bound as CPython binds the Python function.
Value dumps(std::vector<Value> &A, const KeywordArgs &Kw) {
  const Value *Obj = bindPythonArgs({"dumps", {"obj"}, 1,
                                     {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                      "indent", "separators", "default", "sort_keys"},
                                     true},
                                    A, Kw)[0];
  Encoder E;
  for (const auto &[Name, V] : Kw) {
    if (Name == "obj")
      continue;
    if (Name == "sort_keys")
      E.SortKeys = truthy(V);
    else if (Name == "ensure_ascii")
      E.EnsureASCII = truthy(V);
    else if (Name == "allow_nan")
      E.AllowNaN = truthy(V);
    else if (Name == "indent") {
      if (V.isNone())
        E.Indent.reset();
      else if (V.isStr())
        E.Indent = V.asStr();
      else if (V.isInt() && Obj->isStr())
        E.Indent = std::string(); // json.dumps returns a str's text before it builds ' ' * indent
      else if (V.isInt() && V.asInt().toInt64()) {
        int64_t Width = std::max<int64_t>(0, *V.asInt().toInt64());
        // Past BuildLimits.h ' ' * indent is CPython's MemoryError, not reproduced.
        requireBuildable(uint64_t(Width), 1, "json.dumps indent");
        E.Indent = std::string(size_t(Width), ' ');
      }
      else
        throw UnsupportedError("json.dumps indent of type " + std::string(typeName(V)));
    } else if (Name == "separators") {
      // JSONEncoder unpacks any iterable of two; a tuple or list of two strs is what pyctl runs.
      if (V.isNone()) {
        E.ItemSeparator.reset();
        E.KeySeparator.reset();
      } else if ((V.isTuple() || V.isList()) && V.sequenceItems().size() == 2 &&
                 V.sequenceItems()[0].isStr() && V.sequenceItems()[1].isStr()) {
        E.ItemSeparator = V.sequenceItems()[0].asStr();
        E.KeySeparator = V.sequenceItems()[1].asStr();
      } else {
        throw UnsupportedError("json.dumps separators other than a tuple or list of two strs");
      }
    } else {
      throw UnsupportedError("json.dumps keyword '" + Name + "'");
    }
  }
  E.value(*Obj, 0);
  return Value::str(std::move(E.Out));
}

/// json.loads(s, *, cls=None, object_hook=None, parse_float=None,
/// parse_int=None, parse_constant=None, object_pairs_hook=None, **kw), bound
/// as CPython binds the Python function; keywords other than s= are
/// unsupported.
Value loads(std::vector<Value> &A, const KeywordArgs &Kw) {
  const Value &S = *bindPythonArgs({"loads", {"s"}, 1,
                                    {"cls", "object_hook", "parse_float", "parse_int",
                                     "parse_constant", "object_pairs_hook"},
                                    true},
                                   A, Kw)[0];
  for (const auto &[Name, V] : Kw)
    if (Name != "s")
      throw UnsupportedError("json.loads keyword '" + Name + "'");
  if (!S.isStr())
    throwTypeError("the JSON object must be str, bytes or bytearray, not " + std::string(typeName(S)));
  try {
    return jsonLoadsText(S.asStr());
  } catch (const JSONDecodeFailure &Err) {
    throw PythonError("JSONDecodeError", Err.what());
  }
}

} // namespace

bool isJSONFunction(std::string_view Name) { return Name == "json.dumps" || Name == "json.loads"; }

Value callJSONFunction(std::string_view Name, std::vector<Value> &A, const KeywordArgs &Kw) {
  if (Name == "json.dumps")
    return dumps(A, Kw);
  if (Name == "json.loads")
    return loads(A, Kw);
  throw std::invalid_argument("not a json function: " + std::string(Name));
}

} // namespace pyctl
