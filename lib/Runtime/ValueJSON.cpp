//===- ValueJSON.cpp - Python values to and from JSON ---------------------===//

#include <algorithm>
#include "pyctl/Runtime/ValueJSON.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/Unicode.h"

#include <cmath>
#include <stdexcept>

namespace pyctl {

namespace {
/// A recursive-descent parser for the JSON that Python's json.loads accepts.
/// (nlohmann's parser cannot keep integers beyond the double range exact:
/// it reports them as a number overflow.)
class JSONReader {
public:
  explicit JSONReader(std::string_view Text) : Text(Text) {}

  Value parseDocument() {
    Value V = parseValue(0);
    skipSpace();
    if (Pos != Text.size())
      fail("extra data");
    return V;
  }

private:
  static constexpr unsigned MaxDepth = 10000;

  [[noreturn]] void fail(const std::string &What) const {
    throw std::invalid_argument("malformed JSON: " + What + " at offset " +
                                std::to_string(Pos));
  }
  void skipSpace() {
    while (Pos < Text.size() &&
           (Text[Pos] == ' ' || Text[Pos] == '\t' || Text[Pos] == '\n' || Text[Pos] == '\r'))
      ++Pos;
  }
  bool consume(std::string_view Word) {
    if (Text.substr(Pos, Word.size()) != Word)
      return false;
    Pos += Word.size();
    return true;
  }
  bool isDigit(size_t I) const { return I < Text.size() && Text[I] >= '0' && Text[I] <= '9'; }

  Value parseValue(unsigned Depth) {
    if (Depth > MaxDepth)
      fail("nesting too deep");
    skipSpace();
    if (Pos >= Text.size())
      fail("expected a value");
    char C = Text[Pos];
    if (C == '{')
      return parseObject(Depth);
    if (C == '[')
      return parseArray(Depth);
    if (C == '"')
      return Value::str(parseString());
    if (consume("null"))
      return Value::none();
    if (consume("true"))
      return Value::boolean(true);
    if (consume("false"))
      return Value::boolean(false);
    if (consume("NaN"))
      return Value::floating(std::nan(""));
    if (consume("Infinity"))
      return Value::floating(HUGE_VAL);
    if (consume("-Infinity"))
      return Value::floating(-HUGE_VAL);
    if (C == '-' || isDigit(Pos))
      return parseNumber();
    fail("expected a value");
  }

  /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?: an int without fraction
  /// and exponent (any size, CPython's 4300-digit limit applies), else a
  /// correctly rounded float (overflowing to +-inf as float() does).
  Value parseNumber() {
    size_t Start = Pos;
    if (Text[Pos] == '-')
      ++Pos;
    if (!isDigit(Pos))
      fail("expected a digit");
    if (Text[Pos] == '0')
      ++Pos;
    else
      while (isDigit(Pos))
        ++Pos;
    bool IsFloat = false;
    if (Pos < Text.size() && Text[Pos] == '.' && isDigit(Pos + 1)) {
      IsFloat = true;
      ++Pos;
      while (isDigit(Pos))
        ++Pos;
    }
    if (Pos < Text.size() && (Text[Pos] == 'e' || Text[Pos] == 'E')) {
      size_t Exp = Pos + 1;
      if (Exp < Text.size() && (Text[Exp] == '+' || Text[Exp] == '-'))
        ++Exp;
      if (isDigit(Exp)) {
        IsFloat = true;
        Pos = Exp;
        while (isDigit(Pos))
          ++Pos;
      }
    }
    std::string_view Literal = Text.substr(Start, Pos - Start);
    if (!IsFloat)
      return Value::integer(*Int::parse(Literal, 10));
    return Value::floating(*parseFloatText(Literal));
  }

  unsigned hex4() {
    if (Pos + 4 > Text.size())
      fail("truncated \\u escape");
    unsigned V = 0;
    for (int K = 0; K < 4; ++K) {
      char H = Text[Pos++];
      V <<= 4;
      if (H >= '0' && H <= '9')
        V |= unsigned(H - '0');
      else if (H >= 'a' && H <= 'f')
        V |= unsigned(H - 'a' + 10);
      else if (H >= 'A' && H <= 'F')
        V |= unsigned(H - 'A' + 10);
      else
        fail("bad \\u escape");
    }
    return V;
  }

  /// A string literal; control characters are rejected (json.loads with
  /// strict=True); escaped surrogate pairs combine, lone surrogates are kept.
  std::string parseString() {
    ++Pos; // opening quote
    std::string Out;
    while (true) {
      if (Pos >= Text.size())
        fail("unterminated string");
      char C = Text[Pos++];
      if (C == '"')
        return Out;
      if (static_cast<unsigned char>(C) < 0x20)
        fail("invalid control character in string");
      if (C != '\\') {
        Out.push_back(C);
        continue;
      }
      if (Pos >= Text.size())
        fail("unterminated string");
      char E = Text[Pos++];
      switch (E) {
      case '"':
      case '\\':
      case '/':
        Out.push_back(E);
        break;
      case 'b':
        Out.push_back('\b');
        break;
      case 'f':
        Out.push_back('\f');
        break;
      case 'n':
        Out.push_back('\n');
        break;
      case 'r':
        Out.push_back('\r');
        break;
      case 't':
        Out.push_back('\t');
        break;
      case 'u': {
        char32_t CP = hex4();
        if (CP >= 0xD800 && CP <= 0xDBFF && Text.substr(Pos, 2) == "\\u") {
          size_t Save = Pos;
          Pos += 2;
          unsigned Low = hex4();
          if (Low >= 0xDC00 && Low <= 0xDFFF)
            CP = 0x10000 + ((CP - 0xD800) << 10) + (Low - 0xDC00);
          else
            Pos = Save;
        }
        unicode::appendUTF8(Out, CP);
        break;
      }
      default:
        fail("invalid escape");
      }
    }
  }

  Value parseArray(unsigned Depth) {
    ++Pos; // '['
    Value List = Value::list();
    skipSpace();
    if (consume("]"))
      return List;
    while (true) {
      List.asList()->push_back(parseValue(Depth + 1));
      skipSpace();
      if (consume("]"))
        return List;
      if (!consume(","))
        fail("expected ',' or ']'");
    }
  }

  Value parseObject(unsigned Depth) {
    ++Pos; // '{'
    Value D = Value::dict();
    skipSpace();
    if (consume("}"))
      return D;
    while (true) {
      skipSpace();
      if (Pos >= Text.size() || Text[Pos] != '"')
        fail("expected a string key");
      Value Key = Value::str(parseString());
      skipSpace();
      if (!consume(":"))
        fail("expected ':'");
      D.asDict()->set(Key, parseValue(Depth + 1));
      skipSpace();
      if (consume("}"))
        return D;
      if (!consume(","))
        fail("expected ',' or '}'");
    }
  }

  std::string_view Text;
  size_t Pos = 0;
};
} // namespace

Value valueFromJSONText(std::string_view Text) { return JSONReader(Text).parseDocument(); }

Value valueFromJSON(const nlohmann::json &J) {
  switch (J.type()) {
  case nlohmann::json::value_t::null:
    return Value::none();
  case nlohmann::json::value_t::boolean:
    return Value::boolean(J.get<bool>());
  case nlohmann::json::value_t::number_integer:
    return Value::integer(J.get<int64_t>());
  case nlohmann::json::value_t::number_unsigned: {
    mpz_class M;
    mpz_set_ui(M.get_mpz_t(), static_cast<unsigned long>(J.get<uint64_t>()));
    return Value::integer(Int(M));
  }
  case nlohmann::json::value_t::number_float:
    return Value::floating(J.get<double>());
  case nlohmann::json::value_t::string:
    return Value::str(J.get<std::string>());
  case nlohmann::json::value_t::array: {
    std::vector<Value> Items;
    for (const auto &Item : J)
      Items.push_back(valueFromJSON(Item));
    return Value::list(std::move(Items));
  }
  case nlohmann::json::value_t::object: {
    Value D = Value::dict();
    for (const auto &[K, V] : J.items())
      D.asDict()->set(Value::str(K), valueFromJSON(V));
    return D;
  }
  default:
    break;
  }
  throw std::invalid_argument("unsupported JSON value");
}

/// True when \p S is strict UTF-8 (no encoded surrogates), as JSON needs.
static bool isStrictUTF8(const std::string &S) {
  for (size_t Pos = 0; Pos < S.size();) {
    size_t Start = Pos;
    char32_t C = unicode::decodeNext(S, Pos);
    if (C >= 0xD800 && C <= 0xDFFF)
      return false;
    if (C >= 0x80 && Pos - Start == 1)
      return false; // a malformed byte decoded as itself
  }
  return true;
}

/// The JSON form of \p V; \p Open holds the containers being converted, so a
/// container that holds itself (which JSON cannot express) has none.
template <typename JSON>
static std::optional<JSON> toJSON(const Value &V, std::vector<const void *> &Open) {
  const void *Self = V.isList() || V.isTuple() || V.isDict() ? V.objectIdentity() : nullptr;
  if (Self) {
    if (std::find(Open.begin(), Open.end(), Self) != Open.end())
      return std::nullopt;
    Open.push_back(Self);
  }
  struct Close {
    std::vector<const void *> &Open;
    const void *Self;
    ~Close() {
      if (Self)
        Open.pop_back();
    }
  } C{Open, Self};
  switch (V.kind()) {
  case Value::Kind::None:
    return JSON(nullptr);
  case Value::Kind::Bool:
    return JSON(V.asBool());
  case Value::Kind::Int: {
    // Signed 64 bits, as docs/driver.md promises and the other tools do.
    if (auto Small = V.asInt().toInt64())
      return JSON(*Small);
    return std::nullopt;
  }
  case Value::Kind::Float:
    if (!std::isfinite(V.asFloat()))
      return std::nullopt;
    return JSON(V.asFloat());
  case Value::Kind::Str:
    if (!isStrictUTF8(V.asStr()))
      return std::nullopt;
    return JSON(V.asStr());
  case Value::Kind::List:
  case Value::Kind::Tuple: {
    JSON Array = JSON::array();
    for (const Value &Item : V.sequenceItems()) {
      auto J = toJSON<JSON>(Item, Open);
      if (!J)
        return std::nullopt;
      Array.push_back(std::move(*J));
    }
    return Array;
  }
  case Value::Kind::Dict: {
    JSON Object = JSON::object();
    bool Ok = true;
    V.asDict()->forEach([&](const Dict::Entry &E) {
      if (!Ok)
        return;
      std::optional<JSON> J;
      if (E.Key.isStr() && isStrictUTF8(E.Key.asStr()))
        J = toJSON<JSON>(E.Val, Open);
      if (!J) {
        Ok = false;
        return;
      }
      Object[E.Key.asStr()] = std::move(*J);
    });
    if (!Ok)
      return std::nullopt;
    return Object;
  }
  default:
    break;
  }
  return std::nullopt;
}

std::optional<nlohmann::json> valueToJSON(const Value &V) {
  std::vector<const void *> Open;
  return toJSON<nlohmann::json>(V, Open);
}

std::optional<nlohmann::ordered_json> valueToOrderedJSON(const Value &V) {
  std::vector<const void *> Open;
  return toJSON<nlohmann::ordered_json>(V, Open);
}

bool hasTraceConstant(const Value &V) {
  return V.isNone() || V.isBool() || V.isInt() || V.isFloat() || V.isStr();
}

nlohmann::json valueToTraceConstant(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::None:
    return {{"kind", "none"}};
  case Value::Kind::Bool:
    return {{"kind", "boolean"}, {"value", V.asBool()}};
  case Value::Kind::Int:
    if (auto Small = V.asInt().toInt64())
      return {{"kind", "integer"}, {"value", *Small}};
    return {{"kind", "integer"}, {"value", V.asInt().toDecimalString()}};
  case Value::Kind::Float: {
    double D = V.asFloat();
    if (std::isnan(D))
      return {{"kind", "number"}, {"value", "nan"}};
    if (std::isinf(D))
      return {{"kind", "number"}, {"value", D > 0 ? "inf" : "-inf"}};
    return {{"kind", "number"}, {"value", D}};
  }
  case Value::Kind::Str:
    return {{"kind", "string"}, {"value", V.asStr()}};
  default:
    break;
  }
  throw std::invalid_argument("a " + std::string(typeName(V)) + " has no trace constant form");
}

Value valueFromTraceConstant(const nlohmann::json &Node) {
  if (!Node.is_object() || !Node.contains("kind") || !Node["kind"].is_string())
    throw std::invalid_argument("not a trace constant: " + Node.dump());
  const std::string Kind = Node["kind"].get<std::string>();
  if (Kind == "none")
    return Value::none();
  if (!Node.contains("value"))
    throw std::invalid_argument("trace constant without a value: " + Node.dump());
  const nlohmann::json &V = Node["value"];
  if (Kind == "boolean" && V.is_boolean())
    return Value::boolean(V.get<bool>());
  if (Kind == "integer") {
    if (V.is_number_integer())
      return valueFromJSON(V);
    if (V.is_string())
      if (auto I = Int::parseDecimal(V.get<std::string>()))
        return Value::integer(*I);
  }
  if (Kind == "number") {
    if (V.is_number())
      return Value::floating(V.get<double>());
    if (V.is_string()) {
      std::string Text = V.get<std::string>();
      if (Text == "inf")
        return Value::floating(HUGE_VAL);
      if (Text == "-inf")
        return Value::floating(-HUGE_VAL);
      if (Text == "nan")
        return Value::floating(std::nan(""));
    }
  }
  if (Kind == "string" && V.is_string())
    return Value::str(V.get<std::string>());
  throw std::invalid_argument("malformed trace constant: " + Node.dump());
}

} // namespace pyctl
