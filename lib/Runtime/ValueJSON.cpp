//===- ValueJSON.cpp - Python values to and from JSON ---------------------===//

#include <algorithm>
#include "pyctl/Runtime/ValueJSON.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/Unicode.h"

#include "pyctl/Runtime/PythonError.h"

#include <cmath>
#include <stdexcept>

namespace pyctl {

namespace {
/// A recursive-descent parser for the JSON that Python's json.loads accepts,
/// following CPython 3.11's C scanner (Modules/_json.c: scan_once_unicode,
/// _parse_object_unicode, _parse_array_unicode, scanstring_unicode,
/// _match_number_unicode) and json.decoder.JSONDecoder.decode step by step,
/// so that each malformed text fails with the message and position CPython's
/// JSONDecodeError reports. Positions are kept as byte offsets and turned into
/// code point offsets when failing (every failure is at an ASCII character or
/// at the end, so at a character boundary). (nlohmann's parser cannot keep
/// integers beyond the double range exact: it reports them as a number
/// overflow.)
class JSONReader {
public:
  JSONReader(std::string_view Text, unsigned MaxDepth, bool RefuseDeep)
      : Text(Text), N(Text.size()), MaxDepth(MaxDepth), RefuseDeep(RefuseDeep) {}

  /// json.loads / JSONDecoder.decode: the BOM check, leading whitespace, one
  /// value, trailing whitespace, "Extra data".
  Value parseDocument() {
    if (Text.substr(0, 3) == "\xEF\xBB\xBF")
      fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    size_t End;
    Value V = scanOnce(skipSpace(0), End, 0);
    End = skipSpace(End);
    if (End != N)
      fail("Extra data", End);
    return V;
  }

private:
  [[noreturn]] void fail(const char *Msg, size_t BytePos) const {
    throw JSONDecodeFailure(Msg, Text, BytePos);
  }
  static bool isSpace(char C) { return C == ' ' || C == '\t' || C == '\n' || C == '\r'; }
  size_t skipSpace(size_t I) const {
    while (I < N && isSpace(Text[I]))
      ++I;
    return I;
  }
  bool isDigit(size_t I) const { return I < N && Text[I] >= '0' && Text[I] <= '9'; }
  bool word(size_t I, std::string_view W) const { return Text.substr(I, W.size()) == W; }

  /// scan_once_unicode: the value starting at \p Idx; \p End gets the offset
  /// after it. A missing value is the StopIteration that raw_decode reports as
  /// "Expecting value" at \p Idx.
  Value scanOnce(size_t Idx, size_t &End, unsigned Depth) {
    if (Idx >= N)
      fail("Expecting value", Idx);
    switch (Text[Idx]) {
    case '"':
      return Value::str(scanString(Idx + 1, End));
    case '{':
      enter(Depth);
      return parseObject(Idx + 1, End, Depth + 1);
    case '[':
      enter(Depth);
      return parseArray(Idx + 1, End, Depth + 1);
    case 'n':
      if (word(Idx, "null")) {
        End = Idx + 4;
        return Value::none();
      }
      break;
    case 't':
      if (word(Idx, "true")) {
        End = Idx + 4;
        return Value::boolean(true);
      }
      break;
    case 'f':
      if (word(Idx, "false")) {
        End = Idx + 5;
        return Value::boolean(false);
      }
      break;
    case 'N':
      if (word(Idx, "NaN")) {
        End = Idx + 3;
        return Value::floating(std::nan(""));
      }
      break;
    case 'I':
      if (word(Idx, "Infinity")) {
        End = Idx + 8;
        return Value::floating(HUGE_VAL);
      }
      break;
    case '-':
      if (word(Idx, "-Infinity")) {
        End = Idx + 9;
        return Value::floating(-HUGE_VAL);
      }
      break;
    default:
      break;
    }
    return matchNumber(Idx, End);
  }

  /// CPython enters a C recursion level per nested array or object; where its
  /// RecursionError starts depends on the caller's Python stack.
  void enter(unsigned Depth) const {
    if (Depth < MaxDepth)
      return;
    if (RefuseDeep)
      throw UnsupportedError("json.loads of arrays or objects nested more than " +
                             std::to_string(MaxDepth) +
                             " levels deep (CPython's RecursionError depends on its stack)");
    throw std::invalid_argument("JSON nested more than " + std::to_string(MaxDepth) +
                                " levels deep");
  }

  /// _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?;
  /// an int without fraction and exponent (any size, CPython's 4300-digit
  /// limit applies), else a correctly rounded float (overflowing to +-inf as
  /// float() does).
  Value matchNumber(size_t Start, size_t &End) {
    size_t Pos = Start;
    if (Text[Pos] == '-')
      ++Pos;
    if (isDigit(Pos) && Text[Pos] != '0') {
      while (isDigit(Pos))
        ++Pos;
    } else if (isDigit(Pos)) {
      ++Pos; // a leading 0 is the only integer digit
    } else {
      fail("Expecting value", Start);
    }
    bool IsFloat = false;
    if (Pos < N && Text[Pos] == '.' && isDigit(Pos + 1)) {
      IsFloat = true;
      Pos += 2;
      while (isDigit(Pos))
        ++Pos;
    }
    if (Pos < N && (Text[Pos] == 'e' || Text[Pos] == 'E')) {
      size_t Exp = Pos + 1;
      if (Exp < N && (Text[Exp] == '+' || Text[Exp] == '-'))
        ++Exp;
      if (isDigit(Exp)) {
        IsFloat = true;
        Pos = Exp;
        while (isDigit(Pos))
          ++Pos;
      }
    }
    End = Pos;
    std::string_view Literal = Text.substr(Start, Pos - Start);
    if (!IsFloat)
      return Value::integer(*Int::parse(Literal, 10));
    return Value::floating(*parseFloatText(Literal));
  }

  /// The value of hex digit \p H, or -1.
  static int hexValue(char H) {
    if (H >= '0' && H <= '9')
      return H - '0';
    if (H >= 'a' && H <= 'f')
      return H - 'a' + 10;
    if (H >= 'A' && H <= 'F')
      return H - 'A' + 10;
    return -1;
  }

  /// Four hex digits at \p At (in bounds), or -1 when one is not hex.
  long hex4(size_t At) const {
    long V = 0;
    for (size_t K = 0; K < 4; ++K) {
      int D = hexValue(Text[At + K]);
      if (D < 0)
        return -1;
      V = V << 4 | D;
    }
    return V;
  }

  /// scanstring_unicode (strict): the string whose opening quote is just
  /// before \p Start; \p End gets the offset after its closing quote.
  /// Control characters are rejected, escaped surrogate pairs combine, lone
  /// surrogates are kept. CPython's bounds checks are in code points and
  /// these are in bytes; they differ only when a non-ASCII character is among
  /// the next few, and then both fail the same way at the same place (a
  /// non-ASCII character is never a hex digit, quote or backslash).
  std::string scanString(size_t Start, size_t &End) {
    size_t Begin = Start - 1;
    std::string Out;
    size_t Pos = Start;
    while (true) {
      size_t Next = Pos;
      char C = 0;
      for (; Next < N; ++Next) {
        C = Text[Next];
        if (C == '"' || C == '\\')
          break;
        if (static_cast<unsigned char>(C) <= 0x1f)
          fail("Invalid control character at", Next);
      }
      if (Next >= N)
        fail("Unterminated string starting at", Begin);
      Out.append(Text.substr(Pos, Next - Pos));
      ++Next;
      if (C == '"') {
        End = Next;
        return Out;
      }
      if (Next == N)
        fail("Unterminated string starting at", Begin);
      char E = Text[Next];
      if (E != 'u') {
        Pos = Next + 1;
        switch (E) {
        case '"': case '\\': case '/': Out.push_back(E); break;
        case 'b': Out.push_back('\b'); break;
        case 'f': Out.push_back('\f'); break;
        case 'n': Out.push_back('\n'); break;
        case 'r': Out.push_back('\r'); break;
        case 't': Out.push_back('\t'); break;
        default: fail("Invalid \\escape", Pos - 2);
        }
        continue;
      }
      ++Next; // the first hex digit
      Pos = Next + 4;
      if (Pos >= N)
        fail("Invalid \\uXXXX escape", Next - 1);
      long CP = hex4(Next);
      if (CP < 0)
        fail("Invalid \\uXXXX escape", Pos - 5);
      // A high surrogate followed by \uXXXX (and one more character) may be a pair.
      if (CP >= 0xD800 && CP <= 0xDBFF && Pos + 6 < N && Text[Pos] == '\\' &&
          Text[Pos + 1] == 'u') {
        long Low = hex4(Pos + 2);
        if (Low < 0)
          fail("Invalid \\uXXXX escape", Pos + 1);
        if (Low >= 0xDC00 && Low <= 0xDFFF) {
          CP = 0x10000 + ((CP - 0xD800) << 10) + (Low - 0xDC00);
          Pos += 6;
        }
      }
      unicode::appendUTF8(Out, char32_t(CP));
    }
  }

  /// _parse_array_unicode: after the '[' at \p Idx - 1.
  Value parseArray(size_t Idx, size_t &End, unsigned Depth) {
    Value List = Value::list();
    Idx = skipSpace(Idx);
    if (Idx < N && Text[Idx] == ']') {
      End = Idx + 1;
      return List;
    }
    while (true) {
      size_t Next;
      List.asList()->push_back(scanOnce(Idx, Next, Depth));
      Idx = skipSpace(Next);
      if (Idx < N && Text[Idx] == ']')
        break;
      if (Idx >= N || Text[Idx] != ',')
        fail("Expecting ',' delimiter", Idx);
      Idx = skipSpace(Idx + 1);
    }
    End = Idx + 1;
    return List;
  }

  /// _parse_object_unicode: after the '{' at \p Idx - 1. A repeated key keeps
  /// its first position and its last value.
  Value parseObject(size_t Idx, size_t &End, unsigned Depth) {
    Value D = Value::dict();
    Idx = skipSpace(Idx);
    if (Idx < N && Text[Idx] == '}') {
      End = Idx + 1;
      return D;
    }
    while (true) {
      if (Idx >= N || Text[Idx] != '"')
        fail("Expecting property name enclosed in double quotes", Idx);
      size_t Next;
      Value Key = Value::str(scanString(Idx + 1, Next));
      Idx = skipSpace(Next);
      if (Idx >= N || Text[Idx] != ':')
        fail("Expecting ':' delimiter", Idx);
      Idx = skipSpace(Idx + 1);
      D.asDict()->set(Key, scanOnce(Idx, Next, Depth));
      Idx = skipSpace(Next);
      if (Idx < N && Text[Idx] == '}')
        break;
      if (Idx >= N || Text[Idx] != ',')
        fail("Expecting ',' delimiter", Idx);
      Idx = skipSpace(Idx + 1);
    }
    End = Idx + 1;
    return D;
  }

  std::string_view Text;
  size_t N;
  unsigned MaxDepth;
  bool RefuseDeep;
};

/// Code points in \p S before byte offset \p BytePos.
size_t codePointsBefore(std::string_view S, size_t BytePos) {
  size_t Count = 0;
  for (size_t Pos = 0; Pos < BytePos && Pos < S.size(); ++Count)
    unicode::decodeNext(S, Pos);
  return Count;
}

/// JSONDecodeError's message: "MSG: line L column C (char P)", all counted
/// in code points as json.decoder does (`doc.count('\n', 0, pos) + 1`,
/// `pos - doc.rfind('\n', 0, pos)`).
std::string decodeErrorText(const std::string &Msg, std::string_view Doc, size_t BytePos) {
  size_t Pos = codePointsBefore(Doc, BytePos);
  std::string_view Before = Doc.substr(0, std::min(BytePos, Doc.size()));
  size_t Line = size_t(std::count(Before.begin(), Before.end(), '\n')) + 1;
  size_t LastNL = Before.rfind('\n');
  size_t Col = LastNL == std::string_view::npos ? Pos + 1 : Pos - codePointsBefore(Doc, LastNL);
  return Msg + ": line " + std::to_string(Line) + " column " + std::to_string(Col) + " (char " +
         std::to_string(Pos) + ")";
}
} // namespace

JSONDecodeFailure::JSONDecodeFailure(std::string Msg, std::string_view Doc, size_t BytePos)
    : std::invalid_argument(decodeErrorText(Msg, Doc, BytePos)), Msg(std::move(Msg)),
      CharPos(codePointsBefore(Doc, BytePos)) {}

Value valueFromJSONText(std::string_view Text) {
  return JSONReader(Text, 10000, /*RefuseDeep=*/false).parseDocument();
}

Value jsonLoadsText(std::string_view Text) {
  return JSONReader(Text, JSONLoadsMaxDepth, /*RefuseDeep=*/true).parseDocument();
}

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
/// A dict key as json.dumps writes it as an object member name (its
/// encoder's key conversion): a str as itself, True/False/None as
/// "true"/"false"/"null", an int in decimal, a float as its repr ("1.5",
/// "1e+16") or "Infinity", "-Infinity", "NaN"; nullopt for every other key,
/// a str with a lone surrogate and an int outside signed 64 bits.
static std::optional<std::string> jsonObjectKey(const Value &K) {
  switch (K.kind()) {
  case Value::Kind::Str:
    if (!isStrictUTF8(K.asStr()))
      return std::nullopt;
    return K.asStr();
  case Value::Kind::Bool:
    return std::string(K.asBool() ? "true" : "false");
  case Value::Kind::None:
    return std::string("null");
  case Value::Kind::Int:
    if (auto Small = K.asInt().toInt64())
      return std::to_string(*Small);
    return std::nullopt;
  case Value::Kind::Float: {
    double D = K.asFloat();
    if (std::isnan(D))
      return std::string("NaN");
    if (std::isinf(D))
      return std::string(D > 0 ? "Infinity" : "-Infinity");
    return floatRepr(D);
  }
  default:
    return std::nullopt;
  }
}

template <typename JSON>
static std::optional<JSON> toJSON(const Value &V, std::vector<const void *> &Open) {
  // Open.size() is V's nesting depth. Past ValueJSONMaxDepth there is no JSON
  // form (as in the compiled runtime's json.rs), so that converting a list
  // nested 300000 deep neither recurses that deep nor scans Open that often.
  if (Open.size() > ValueJSONMaxDepth)
    return std::nullopt;
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
      std::optional<std::string> Key = jsonObjectKey(E.Key);
      // Two keys written alike (1 and "1") would make a repeated member.
      if (Key && !Object.contains(*Key))
        J = toJSON<JSON>(E.Val, Open);
      if (!J) {
        Ok = false;
        return;
      }
      Object[*Key] = std::move(*J);
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
