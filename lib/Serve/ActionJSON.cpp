//===- ActionJSON.cpp - Python values as an action's JSON result ----------===//
#include "pyctl/Serve/ActionJSON.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/PythonError.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <unordered_set>

namespace pyctl {
namespace {

class Dumper {
public:
  std::string Out;
  std::string Why;

  bool value(const Value &V, unsigned Depth) {
    switch (V.kind()) {
    case Value::Kind::None:
      Out += "null";
      return true;
    case Value::Kind::Bool:
      Out += V.asBool() ? "true" : "false";
      return true;
    case Value::Kind::Int:
      return integer(V.asInt());
    case Value::Kind::Float:
      return floating(V.asFloat());
    case Value::Kind::Str:
      return string(V.asStr());
    case Value::Kind::List:
    case Value::Kind::Tuple:
      return sequence(V, Depth);
    case Value::Kind::Dict:
      return dict(V, Depth);
    default:
      Why = "Object of type " + std::string(typeName(V)) + " is not JSON serializable";
      return false;
    }
  }

private:
  std::unordered_set<const void *> Open;

  bool integer(const Int &I) {
    try {
      Out += I.repr();
      return true;
    } catch (const PythonError &E) {
      Why = E.what();
      return false;
    }
  }

  bool floating(double D) {
    if (!std::isfinite(D)) {
      Why = "the result holds a non-finite float, which JSON cannot represent";
      return false;
    }
    Out += floatRepr(D);
    return true;
  }

  bool string(const std::string &S) {
    static const char Hex[] = "0123456789abcdef";
    Out += '"';
    for (size_t I = 0; I < S.size(); ++I) {
      unsigned char C = S[I];
      switch (C) {
      case '"': Out += "\\\""; break;
      case '\\': Out += "\\\\"; break;
      case '\n': Out += "\\n"; break;
      case '\r': Out += "\\r"; break;
      case '\t': Out += "\\t"; break;
      case '\b': Out += "\\b"; break;
      case '\f': Out += "\\f"; break;
      default:
        if (C < 0x20) {
          Out += "\\u00";
          Out += Hex[C >> 4];
          Out += Hex[C & 15];
        } else if (C == 0xED && I + 1 < S.size() && (unsigned char)S[I + 1] >= 0xA0) {
          // A lone surrogate (stored as its three-byte form): CPython fails to
          // encode the response as UTF-8.
          Why = "the result holds a str with a lone surrogate, which is not valid UTF-8";
          return false;
        } else {
          Out += char(C);
        }
      }
    }
    Out += '"';
    return true;
  }

  bool enter(const Value &V, unsigned Depth) {
    if (Depth > 500) {
      Why = "the result is nested too deeply for json.dumps";
      return false;
    }
    if (!Open.insert(V.objectIdentity()).second) {
      Why = "Circular reference detected";
      return false;
    }
    return true;
  }

  bool sequence(const Value &V, unsigned Depth) {
    if (!enter(V, Depth))
      return false;
    Out += '[';
    bool First = true;
    for (const Value &Item : V.sequenceItems()) {
      if (!First)
        Out += ", ";
      First = false;
      if (!value(Item, Depth + 1))
        return false;
    }
    Out += ']';
    Open.erase(V.objectIdentity());
    return true;
  }

  bool key(const Value &K) {
    switch (K.kind()) {
    case Value::Kind::Str:
      return string(K.asStr());
    case Value::Kind::None:
    case Value::Kind::Bool:
      Out += '"';
      value(K, 0);
      Out += '"';
      return true;
    case Value::Kind::Float:
      if (!std::isfinite(K.asFloat())) {
        // json.dumps writes float keys with float.__repr__, except these.
        Out += std::isnan(K.asFloat()) ? "\"NaN\"" : K.asFloat() > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        return true;
      }
      [[fallthrough]];
    case Value::Kind::Int: {
      Out += '"';
      if (!value(K, 0))
        return false;
      Out += '"';
      return true;
    }
    default:
      Why = "keys must be str, int, float, bool or None, not " + std::string(typeName(K));
      return false;
    }
  }

  bool dict(const Value &V, unsigned Depth) {
    if (!enter(V, Depth))
      return false;
    Out += '{';
    bool First = true, Ok = true;
    V.asDict()->forEach([&](const Dict::Entry &E) {
      if (!Ok)
        return;
      if (!First)
        Out += ", ";
      First = false;
      Ok = key(E.Key);
      if (Ok) {
        Out += ": ";
        Ok = value(E.Val, Depth + 1);
      }
    });
    if (!Ok)
      return false;
    Out += '}';
    Open.erase(V.objectIdentity());
    return true;
  }
};

} // namespace

std::optional<std::string> dumpsActionJSON(const Value &V, std::string *Why) {
  Dumper D;
  if (D.value(V, 0))
    return std::move(D.Out);
  if (Why)
    *Why = D.Why;
  return std::nullopt;
}

std::string actionErrorBody(const std::string &Message) {
  return nlohmann::json{{"error", Message}}.dump();
}

} // namespace pyctl
