//===- Operators.cpp - Python arithmetic operators ------------------------===//

#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/BuildLimits.h"
#include "pyctl/Runtime/DictViewSetOps.h"
#include "pyctl/Runtime/Iterator.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/Format.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/Subscript.h"

#include <cerrno>
#include <cmath>
#include <stdexcept>

namespace pyctl {

/// Sequences longer than this (items, or bytes for str) are not built.

std::string_view spelling(BinaryOp Op) {
  switch (Op) {
  case BinaryOp::Add:
    return "+";
  case BinaryOp::Sub:
    return "-";
  case BinaryOp::Mul:
    return "*";
  case BinaryOp::TrueDiv:
    return "/";
  case BinaryOp::FloorDiv:
    return "//";
  case BinaryOp::Mod:
    return "%";
  case BinaryOp::Pow:
    return "**";
  case BinaryOp::LShift:
    return "<<";
  case BinaryOp::RShift:
    return ">>";
  case BinaryOp::BitAnd:
    return "&";
  case BinaryOp::BitOr:
    return "|";
  case BinaryOp::BitXor:
    return "^";
  }
  return "?";
}

std::string_view spelling(UnaryOp Op) {
  switch (Op) {
  case UnaryOp::Neg:
    return "-";
  case UnaryOp::Pos:
    return "+";
  case UnaryOp::Not:
    return "not";
  case UnaryOp::Invert:
    return "~";
  }
  return "?";
}

std::optional<BinaryOp> binaryOpFromSpelling(std::string_view S) {
  for (BinaryOp Op : {BinaryOp::Add, BinaryOp::Sub, BinaryOp::Mul, BinaryOp::TrueDiv,
                      BinaryOp::FloorDiv, BinaryOp::Mod, BinaryOp::Pow, BinaryOp::LShift,
                      BinaryOp::RShift, BinaryOp::BitAnd, BinaryOp::BitOr, BinaryOp::BitXor})
    if (spelling(Op) == S)
      return Op;
  return std::nullopt;
}

std::optional<UnaryOp> unaryOpFromSpelling(std::string_view S) {
  for (UnaryOp Op : {UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Not, UnaryOp::Invert})
    if (spelling(Op) == S)
      return Op;
  return std::nullopt;
}

/// TypeError "unsupported operand type(s) for +: 'int' and 'str'" (for an
/// augmented assignment the operator is spelled "+=").
[[noreturn]] static void throwUnsupportedOperands(BinaryOp Op, const Value &A, const Value &B,
                                                  bool InPlace = false) {
  std::string Name(spelling(Op));
  if (InPlace)
    Name += "=";
  else if (Op == BinaryOp::Pow)
    Name = "** or pow()";
  throwTypeError("unsupported operand type(s) for " + Name + ": '" + std::string(typeName(A)) +
                 "' and '" + std::string(typeName(B)) + "'");
}

//===----------------------------------------------------------------------===//
// Numbers
//===----------------------------------------------------------------------===//

/// A number as a double, as CPython's CONVERT_TO_DOUBLE.
static double toDouble(const Value &V) {
  if (V.isFloat())
    return V.asFloat();
  return V.toInt().toDouble();
}

/// CPython's _float_div_mod: floor quotient and remainder with the sign of
/// the divisor. \p W must not be zero.
static void floatDivMod(double V, double W, double &FloorDiv, double &Mod) {
  Mod = std::fmod(V, W);
  double Div = (V - Mod) / W;
  if (Mod != 0) {
    if ((W < 0) != (Mod < 0)) {
      Mod += W;
      Div -= 1.0;
    }
  } else {
    Mod = std::copysign(0.0, W);
  }
  if (Div != 0) {
    FloorDiv = std::floor(Div);
    if (Div - FloorDiv > 0.5)
      FloorDiv += 1.0;
  } else {
    FloorDiv = std::copysign(0.0, V / W);
  }
}

static bool isOddInteger(double X) { return std::fmod(std::fabs(X), 2.0) == 1.0; }

/// CPython 3.11's float_pow.
/// CPython's PyErr_SetFromErrno(Type) for errno \p Err (glibc's strerror
/// text): an exception with two arguments, e.g. `OverflowError(34,
/// 'Numerical result out of range')`, whose str() is the args tuple's repr.
[[noreturn]] static void throwErrnoError(const char *Type, int Err) {
  auto E = std::make_shared<ExceptionObject>();
  E->Type = Type;
  const char *Text = Err == ERANGE ? "Numerical result out of range"
                     : Err == EDOM ? "Numerical argument out of domain"
                                   : nullptr;
  if (!Text)
    throw UnsupportedError("float ** failing with errno " + std::to_string(Err));
  E->Args = {Value::integer(int64_t(Err)), Value::str(Text)};
  E->Message = repr(Value::tuple(E->Args));
  throw PythonError(std::move(E));
}

static double floatPow(double V, double W) {
  if (W == 0)
    return 1.0;
  if (std::isnan(V))
    return V;
  if (std::isnan(W))
    return V == 1.0 ? 1.0 : W;
  if (std::isinf(W)) {
    V = std::fabs(V);
    if (V == 1.0)
      return 1.0;
    if ((W > 0.0) == (V > 1.0))
      return std::fabs(W);
    return 0.0;
  }
  if (std::isinf(V)) {
    bool Odd = isOddInteger(W);
    if (W > 0.0)
      return Odd ? V : std::fabs(V);
    return Odd ? std::copysign(0.0, V) : 0.0;
  }
  if (V == 0.0) {
    bool Odd = isOddInteger(W);
    if (W < 0.0)
      throwZeroDivisionError("0.0 cannot be raised to a negative power");
    return Odd ? V : 0.0;
  }
  bool Negate = false;
  if (V < 0.0) {
    if (W != std::floor(W))
      throw UnsupportedError("negative number raised to a fractional power gives a complex");
    V = -V;
    Negate = isOddInteger(W);
  }
  if (V == 1.0)
    return Negate ? -1.0 : 1.0;
  errno = 0;
  double R = std::pow(V, W);
  // _Py_ADJUST_ERANGE1
  if (errno == 0 && std::isinf(R))
    errno = ERANGE;
  else if (errno == ERANGE && R == 0.0)
    errno = 0;
  int Err = errno;
  errno = 0;
  if (Negate)
    R = -R;
  if (Err != 0)
    throwErrnoError(Err == ERANGE ? "OverflowError" : "ValueError", Err);
  return R;
}

static Value floatBinary(BinaryOp Op, const Value &A, const Value &B, bool InPlace) {
  switch (Op) {
  case BinaryOp::LShift:
  case BinaryOp::RShift:
  case BinaryOp::BitAnd:
  case BinaryOp::BitOr:
  case BinaryOp::BitXor:
    throwUnsupportedOperands(Op, A, B, InPlace);
  default:
    break;
  }
  double V = toDouble(A), W = toDouble(B);
  switch (Op) {
  case BinaryOp::Add:
    return Value::floating(V + W);
  case BinaryOp::Sub:
    return Value::floating(V - W);
  case BinaryOp::Mul:
    return Value::floating(V * W);
  case BinaryOp::TrueDiv:
    if (W == 0)
      throwZeroDivisionError("float division by zero");
    return Value::floating(V / W);
  case BinaryOp::FloorDiv: {
    if (W == 0)
      throwZeroDivisionError("float floor division by zero");
    double Q, R;
    floatDivMod(V, W, Q, R);
    return Value::floating(Q);
  }
  case BinaryOp::Mod: {
    if (W == 0)
      throwZeroDivisionError("float modulo");
    double Q, R;
    floatDivMod(V, W, Q, R);
    return Value::floating(R);
  }
  case BinaryOp::Pow:
    return Value::floating(floatPow(V, W));
  default:
    break;
  }
  throwUnsupportedOperands(Op, A, B);
}

static Value intBinary(BinaryOp Op, const Value &A, const Value &B) {
  if (A.isBool() && B.isBool()) {
    bool X = A.asBool(), Y = B.asBool();
    if (Op == BinaryOp::BitAnd)
      return Value::boolean(X && Y);
    if (Op == BinaryOp::BitOr)
      return Value::boolean(X || Y);
    if (Op == BinaryOp::BitXor)
      return Value::boolean(X != Y);
  }
  Int X = A.toInt(), Y = B.toInt();
  switch (Op) {
  case BinaryOp::Add:
    return Value::integer(X + Y);
  case BinaryOp::Sub:
    return Value::integer(X - Y);
  case BinaryOp::Mul:
    return Value::integer(X * Y);
  case BinaryOp::TrueDiv:
    if (Y.isZero())
      throwZeroDivisionError("division by zero");
    return Value::floating(Int::trueDivide(X, Y));
  case BinaryOp::FloorDiv:
    if (Y.isZero())
      throwZeroDivisionError("integer division or modulo by zero");
    return Value::integer(Int::floorDiv(X, Y));
  case BinaryOp::Mod:
    if (Y.isZero())
      throwZeroDivisionError("integer modulo by zero");
    return Value::integer(Int::floorMod(X, Y));
  case BinaryOp::Pow: {
    if (Y.sign() < 0)
      return Value::floating(floatPow(X.toDouble(), Y.toDouble()));
    if (auto E = Y.toInt64())
      return Value::integer(Int::pow(X, uint64_t(*E)));
    if (X.isZero() || X == Int(1))
      return Value::integer(X);
    if (X == Int(-1))
      return Value::integer(Int(Y.isOdd() ? -1 : 1));
    throw UnsupportedError("int ** int result too large to build");
  }
  case BinaryOp::LShift:
  case BinaryOp::RShift: {
    if (Y.sign() < 0)
      throwValueError("negative shift count");
    auto N = Y.toInt64();
    if (Op == BinaryOp::RShift)
      return Value::integer(N ? Int::shiftRight(X, uint64_t(*N)) : Int(X.sign() < 0 ? -1 : 0));
    if (X.isZero())
      return Value::integer(X);
    if (!N) {
      // CPython 3.11's long_lshift with a count past Py_ssize_t: a result of
      // count // 30 more 30-bit digits than X is OverflowError past
      // MAX_LONG_DIGITS (the word count is clipped to PY_SSIZE_T_MAX / 4
      // first) and a MemoryError below it, which pyctl cannot reproduce.
      constexpr uint64_t SsizeMax = uint64_t(INT64_MAX);
      constexpr uint64_t MaxLongDigits = (SsizeMax - 24) / 4; // offsetof(ob_digit) is 24
      mpz_class Count = Y.toMpz();
      mpz_class Words = Count / 30;
      if (Words >= mpz_class(std::to_string(SsizeMax / 4)))
        throwOverflowError("too many digits in integer");
      uint64_t NewDigits = (X.bitLength() + 29) / 30 + Words.get_ui() + (Count % 30 != 0 ? 1 : 0);
      if (NewDigits > MaxLongDigits)
        throwOverflowError("too many digits in integer");
      throw UnsupportedError("int << int result too large to build");
    }
    return Value::integer(Int::shiftLeft(X, uint64_t(*N)));
  }
  case BinaryOp::BitAnd:
    return Value::integer(Int::bitAnd(X, Y));
  case BinaryOp::BitOr:
    return Value::integer(Int::bitOr(X, Y));
  case BinaryOp::BitXor:
    return Value::integer(Int::bitXor(X, Y));
  }
  throwUnsupportedOperands(Op, A, B);
}

//===----------------------------------------------------------------------===//
// Sequences
//===----------------------------------------------------------------------===//

static bool isSequence(const Value &V) { return V.isStr() || V.isList() || V.isTuple(); }

/// The repeat count of `Seq * Count` (<= 0 means empty).
static int64_t repeatCount(const Value &Seq, const Value &Count) {
  if (!Count.isIntegral())
    throwTypeError("can't multiply sequence by non-int of type '" +
                   std::string(typeName(Count)) + "'");
  auto N = Count.toInt().toInt64();
  if (!N)
    throwOverflowError("cannot fit 'int' into an index-sized integer");
  if (*N <= 0)
    return 0;
  uint64_t Unit = Seq.isStr() ? Seq.asStr().size() : Seq.sequenceItems().size();
  if (Unit == 0)
    return 0; // an empty sequence repeated any number of times is empty, at once
  requireBuildable(uint64_t(*N), Unit, "repeated sequence");
  return *N;
}

static std::vector<Value> repeatItems(const std::vector<Value> &Items, int64_t N) {
  std::vector<Value> Out;
  Out.reserve(Items.size() * size_t(N));
  for (int64_t K = 0; K < N; ++K)
    Out.insert(Out.end(), Items.begin(), Items.end());
  return Out;
}

static Value repeat(const Value &Seq, const Value &Count) {
  int64_t N = repeatCount(Seq, Count);
  if (Seq.isStr()) {
    std::string Out;
    Out.reserve(Seq.asStr().size() * size_t(N));
    for (int64_t K = 0; K < N; ++K)
      Out += Seq.asStr();
    return Value::str(std::move(Out));
  }
  std::vector<Value> Items = repeatItems(Seq.sequenceItems(), N);
  return Seq.isList() ? Value::list(std::move(Items)) : Value::tuple(std::move(Items));
}

static Value concat(const Value &A, const Value &B) {
  if (A.kind() != B.kind())
    throwTypeError("can only concatenate " + std::string(typeName(A)) + " (not \"" +
                   std::string(typeName(B)) + "\") to " + std::string(typeName(A)));
  if (A.isStr())
    return Value::str(A.asStr() + B.asStr());
  std::vector<Value> Items = A.sequenceItems();
  const auto &More = B.sequenceItems();
  Items.insert(Items.end(), More.begin(), More.end());
  return A.isList() ? Value::list(std::move(Items)) : Value::tuple(std::move(Items));
}

/// binaryOp, with error messages for `A op= B` when \p InPlace.
static Value binaryOpImpl(BinaryOp Op, const Value &A, const Value &B, bool InPlace) {
  if (A.isIntegral() && B.isIntegral())
    return intBinary(Op, A, B);
  if (A.isNumber() && B.isNumber())
    return floatBinary(Op, A, B, InPlace);
  if (Op == BinaryOp::Add && isSequence(A))
    return concat(A, B);
  if (Op == BinaryOp::Mul) {
    if (isSequence(A))
      return repeat(A, B);
    // PyNumber_InPlaceMultiply repeats the right operand only when the left one's type has no
    // sequence slots at all: `d *= "a"` for a dict, set, range or dict view is "for *=".
    bool LeftHasSequenceSlots = A.isDict() || A.isSet() || A.isRange() || A.isDictView();
    if (isSequence(B) && !(InPlace && LeftHasSequenceSlots))
      return repeat(B, A);
  }
  if (Op == BinaryOp::Mod && A.isStr())
    return Value::str(percentFormat(A.asStr(), B));
  if (Op == BinaryOp::BitOr && A.isDict() && B.isDict()) { // PEP 584 merge
    Value Merged = Value::dict();
    updateDict(*Merged.asDict(), A);
    updateDict(*Merged.asDict(), B);
    return Merged;
  }
  if (std::optional<Value> R = setBinaryOp(Op, A, B, InPlace))
    return *R;
  if (std::optional<Value> R = dictViewSetOp(Op, A, B))
    return *R;
  throwUnsupportedOperands(Op, A, B, InPlace);
}

Value binaryOp(BinaryOp Op, const Value &A, const Value &B) {
  return binaryOpImpl(Op, A, B, false);
}

Value inplaceOp(BinaryOp Op, const Value &A, const Value &B) {
  if (A.isList() && Op == BinaryOp::Add && B.isIterator()) {
    // list_extend: items appended as they are pulled (see list.extend).
    auto &Items = *A.asList();
    forEachItem(B, [&](const Value &V) {
      requireBuildable(Items.size() + 1, 1, "list");
      Items.push_back(V);
      return true;
    });
    return A;
  }
  if (A.isList() && Op == BinaryOp::Add) {
    std::vector<Value> More = iterate(B); // a copy, so `xs += xs` works
    requireBuildable(A.asList()->size() + More.size(), 1, "list");
    A.asList()->insert(A.asList()->end(), More.begin(), More.end());
    return A;
  }
  if (A.isDict() && Op == BinaryOp::BitOr) { // d |= other: update in place
    updateDict(*A.asDict(), B);
    return A;
  }
  if (A.isList() && Op == BinaryOp::Mul) {
    int64_t N = repeatCount(A, B);
    *A.asList() = repeatItems(*A.asList(), N);
    return A;
  }
  return binaryOpImpl(Op, A, B, true);
}

//===----------------------------------------------------------------------===//
// Unary operators and truthiness
//===----------------------------------------------------------------------===//

Value unaryOp(UnaryOp Op, const Value &V) {
  if (Op == UnaryOp::Not)
    return Value::boolean(!truthy(V));
  if (V.isIntegral()) {
    Int I = V.toInt();
    switch (Op) {
    case UnaryOp::Neg:
      return Value::integer(-I);
    case UnaryOp::Pos:
      return Value::integer(I);
    case UnaryOp::Invert:
      return Value::integer(I.invert());
    case UnaryOp::Not:
      break;
    }
  }
  if (V.isFloat() && Op == UnaryOp::Neg)
    return Value::floating(-V.asFloat());
  if (V.isFloat() && Op == UnaryOp::Pos)
    return V;
  throwTypeError("bad operand type for unary " + std::string(spelling(Op)) + ": '" +
                 std::string(typeName(V)) + "'");
}

bool truthy(const Value &V) {
  switch (V.kind()) {
  case Value::Kind::None:
    return false;
  case Value::Kind::Bool:
    return V.asBool();
  case Value::Kind::Int:
    return !V.asInt().isZero();
  case Value::Kind::Float:
    return V.asFloat() != 0.0;
  case Value::Kind::Str:
    return !V.asStr().empty();
  case Value::Kind::List:
    return !V.asList()->empty();
  case Value::Kind::Tuple:
    return !V.asTuple().empty();
  case Value::Kind::Dict:
    return !V.asDict()->empty();
  case Value::Kind::DictView:
    return !V.asDictView().Target->empty();
  case Value::Kind::Range:
    return !V.asRange().length().isZero();
  case Value::Kind::Set:
    return V.asSet()->size() != 0;
  case Value::Kind::Function:
  case Value::Kind::Builtin:
  case Value::Kind::Iterator:
  case Value::Kind::Exception:
  case Value::Kind::Match: // re.Match and re.Pattern define neither __bool__ nor __len__
  case Value::Kind::Pattern:
  case Value::Kind::BoundMethod:
    return true;
  }
  return true;
}

Value applyBinaryOperator(std::string_view Op, const Value &A, const Value &B) {
  if (auto Arith = binaryOpFromSpelling(Op))
    return binaryOp(*Arith, A, B);
  if (auto Cmp = compareOpFromSpelling(Op))
    return compare(*Cmp, A, B);
  if (Op.size() >= 2 && Op.back() == '=' && Op != "==" && Op != "!=" && Op != "<=" &&
      Op != ">=")
    if (auto Arith = binaryOpFromSpelling(Op.substr(0, Op.size() - 1)))
      return inplaceOp(*Arith, A, B);
  throw std::invalid_argument("not a binary operator of the runtime: " + std::string(Op));
}

} // namespace pyctl
