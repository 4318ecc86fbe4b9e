//===- Builtins.cpp - Python builtin functions ----------------------------===//

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/ArgParse.h"
#include "pyctl/Runtime/BoundMethod.h"
#include "pyctl/Runtime/ExceptionClasses.h"
#include "pyctl/Runtime/MethodDescriptor.h"

#include "pyctl/Runtime/Attributes.h"

#include "pyctl/Runtime/Compare.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/Format.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/JSONModule.h"
#include "pyctl/Runtime/ListSort.h"
#include "pyctl/Runtime/ReModule.h"
#include "pyctl/Runtime/MathModule.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/RecursionDepth.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/Unicode.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace pyctl {

namespace {
using Args = std::vector<Value>;
using BuiltinFn = Value (*)(Args &, const KeywordArgs &, BuiltinContext &);

struct BuiltinEntry {
  std::string_view Name;
  BuiltinFn Fn;
};
} // namespace

//===----------------------------------------------------------------------===//
// Argument checking
//===----------------------------------------------------------------------===//

/// "len() takes exactly one argument (2 given)"
static void expectExactlyOne(std::string_view Name, const Args &A) {
  if (A.size() != 1)
    throwTypeError(std::string(Name) + "() takes exactly one argument (" +
                   std::to_string(A.size()) + " given)");
}

/// "float expected at most 1 argument, got 2"
static void expectAtMost(std::string_view Name, const Args &A, size_t Max) {
  checkPositional(Name, A.size(), 0, Max);
}

/// "divmod expected 2 arguments, got 1"
static void expectCount(std::string_view Name, const Args &A, size_t N) {
  checkPositional(Name, A.size(), N, N);
}

/// Rejects keyword arguments other than \p Allowed.
static void allowKeywords(std::string_view Name, const KeywordArgs &Kw,
                          std::initializer_list<std::string_view> Allowed) {
  for (const auto &[Key, V] : Kw)
    if (std::find(Allowed.begin(), Allowed.end(), Key) == Allowed.end())
      throwTypeError("'" + Key + "' is an invalid keyword argument for " + std::string(Name) +
                     "()");
}

/// An argument that must be an int (PyNumber_Index / __index__).
static Int indexArg(const Value &V) {
  if (!V.isIntegral())
    throwTypeError("'" + std::string(typeName(V)) + "' object cannot be interpreted as an integer");
  return V.toInt();
}

/// The items of a set for a builtin whose result must not depend on their
/// order: \p OrderFree says the result does not (e.g. all items are ints for
/// sum); otherwise the set must have at most one item.
static std::vector<Value> setItemsFor(const Value &S, bool OrderFree, const char *What) {
  if (OrderFree)
    return setItemsAnyOrder(S);
  if (S.asSet()->size() > 1 && !S.asSet()->OrderKnown)
    throw UnsupportedError(std::string(What) + " of a set whose order can change the result");
  return setItemsAnyOrder(S);
}

Value callValue(const Value &Callee, std::vector<Value> Args, BuiltinContext &Ctx) {
  if (Callee.isBuiltin()) {
    // NoneType and the exception classes are values only through type().
    if (!isBuiltinName(Callee.builtinName()))
      throw UnsupportedError("calling the class '" + Callee.builtinName() + "'");
    return callBuiltin(Callee.builtinName(), std::move(Args), {}, Ctx);
  }
  if (Callee.isBoundMethod())
    return callBoundMethod(Callee, std::move(Args), {}, Ctx);
  if (Callee.isFunction()) {
    if (!Ctx.CallFunction)
      throw UnsupportedError("calling a user function from a builtin needs a callback");
    return Ctx.CallFunction(Callee, std::move(Args));
  }
  throwTypeError("'" + std::string(typeName(Callee)) + "' object is not callable");
}

/// Calls \p Fn (a builtin or user function) with one argument.
static Value callOne(const Value &Fn, const Value &Arg, BuiltinContext &Ctx) {
  return callValue(Fn, {Arg}, Ctx);
}

//===----------------------------------------------------------------------===//
// Text to number
//===----------------------------------------------------------------------===//

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII followed by the
/// stripping of ASCII whitespace; nullopt when a character can never be part
/// of a number.
static std::optional<std::string> numberText(const std::string &Text) {
  std::string Out;
  for (size_t Pos = 0; Pos < Text.size();) {
    char32_t C = unicode::decodeNext(Text, Pos);
    if (C < 127)
      Out.push_back(char(C));
    else if (unicode::isSpace(C))
      Out.push_back(' ');
    else if (int D = unicode::decimalValue(C); D >= 0)
      Out.push_back(char('0' + D));
    else
      return std::nullopt;
  }
  const char *Space = " \t\n\v\f\r";
  size_t First = Out.find_first_not_of(Space);
  if (First == std::string::npos)
    return std::string();
  size_t Last = Out.find_last_not_of(Space);
  return Out.substr(First, Last - First + 1);
}

/// The first \p N code points of \p S.
static std::string truncateCodePoints(const std::string &S, size_t N) {
  return S.substr(0, unicode::byteOffset(S, N));
}

Int parseIntFromStr(const std::string &Text, int Base) {
  std::optional<Int> Result;
  if (auto Clean = numberText(Text))
    Result = Int::parse(*Clean, Base);
  if (!Result)
    throwValueError("invalid literal for int() with base " + std::to_string(Base) + ": " +
                    truncateCodePoints(repr(Value::str(Text)), 200));
  return *Result;
}

double parseFloatFromStr(const std::string &Text) {
  std::optional<double> Result;
  if (auto Clean = numberText(Text))
    Result = parseFloatText(*Clean);
  if (!Result)
    throwValueError("could not convert string to float: " + repr(Value::str(Text)));
  return *Result;
}

//===----------------------------------------------------------------------===//
// Rounding
//===----------------------------------------------------------------------===//

/// Num/Den rounded to the nearest integer, ties to even (Num, Den > 0).
static mpz_class roundQuotient(const mpz_class &Num, const mpz_class &Den) {
  mpz_class Q, R;
  mpz_fdiv_qr(Q.get_mpz_t(), R.get_mpz_t(), Num.get_mpz_t(), Den.get_mpz_t());
  int C = cmp(mpz_class(R * 2), Den);
  if (C > 0 || (C == 0 && mpz_odd_p(Q.get_mpz_t())))
    Q += 1;
  return Q;
}

static mpz_class pow10(unsigned long N) {
  mpz_class P;
  mpz_ui_pow_ui(P.get_mpz_t(), 10, N);
  return P;
}

double roundFloat(double X, const Int &NDigitsInt) {
  if (!std::isfinite(X))
    return X;
  // CPython's NDIGITS_MAX / NDIGITS_MIN.
  constexpr int64_t NDigitsMax = 323, NDigitsMin = -308;
  int64_t N;
  if (auto Small = NDigitsInt.toInt64())
    N = *Small;
  else
    N = NDigitsInt.sign() < 0 ? NDigitsMin - 1 : NDigitsMax + 1;
  if (N > NDigitsMax)
    return X;
  if (N < NDigitsMin)
    return 0.0 * X;
  // |X| = M * 2**E exactly, with M an integer.
  int E;
  double Frac = std::frexp(std::fabs(X), &E);
  mpz_class M;
  mpz_set_d(M.get_mpz_t(), std::ldexp(Frac, 53));
  E -= 53;
  mpz_class Num = M, Den = 1;
  if (E >= 0)
    mpz_mul_2exp(Num.get_mpz_t(), Num.get_mpz_t(), unsigned(E));
  else
    mpz_mul_2exp(Den.get_mpz_t(), Den.get_mpz_t(), unsigned(-E));
  double Result;
  if (N >= 0) {
    mpz_class Scale = pow10((unsigned long)N);
    mpz_class Q = roundQuotient(Num * Scale, Den);
    Result = Int::trueDivide(Int(Q), Int(Scale));
  } else {
    mpz_class Scale = pow10((unsigned long)-N);
    mpz_class Q = roundQuotient(Num, Den * Scale);
    try {
      Result = Int(mpz_class(Q * Scale)).toDouble();
    } catch (const PythonError &) {
      throwOverflowError("rounded value too large to represent");
    }
  }
  if (std::isinf(Result))
    throwOverflowError("rounded value too large to represent");
  return std::copysign(Result, X);
}

/// round(int, ndigits) for ndigits < 0: the nearest multiple of 10**-ndigits,
/// ties to even (CPython's long_round).
static Int roundInt(const Int &X, const Int &NDigits) {
  if (NDigits.sign() >= 0)
    return X;
  Int Neg = -NDigits;
  // 10**k exceeds 2*|X| once k > digits of X: the result is 0.
  uint64_t Digits = X.bitLength() * 30103 / 100000 + 2;
  auto K = Neg.toInt64();
  if (!K || uint64_t(*K) > Digits) {
    if (!K || *K > 100000000)
      throw UnsupportedError("round() with a huge negative ndigits");
    return Int(0);
  }
  Int Scale = Int::pow(Int(10), uint64_t(*K));
  Int R = Int::floorMod(X, Scale);
  Int Q = Int::floorDiv(X, Scale);
  int C = Int::compare(R * Int(2), Scale);
  if (C > 0 || (C == 0 && Q.isOdd()))
    Q = Q + Int(1);
  return Q * Scale;
}

//===----------------------------------------------------------------------===//
// Sorting
//===----------------------------------------------------------------------===//

void sortValues(std::vector<Value> &Items, const std::vector<Value> *Keys, bool Reverse) {
  const std::vector<Value> &K = Keys ? *Keys : Items;
  // As CPython: reverse=True reverses, sorts ascending (stably), reverses
  // back, also when a comparison raised.
  std::vector<size_t> Order(Items.size());
  std::iota(Order.begin(), Order.end(), size_t(0));
  if (Reverse)
    std::reverse(Order.begin(), Order.end());
  auto Arrange = [&]() {
    if (Reverse)
      std::reverse(Order.begin(), Order.end());
    std::vector<Value> Sorted;
    Sorted.reserve(Items.size());
    for (size_t I : Order)
      Sorted.push_back(Items[I]);
    Items = std::move(Sorted);
  };
  try {
    listSort(Order, [&](size_t A, size_t B) { return pyLess(K[A], K[B]); });
  } catch (...) {
    Arrange();
    throw;
  }
  Arrange();
}

//===----------------------------------------------------------------------===//
// The builtins
//===----------------------------------------------------------------------===//

static Value builtinPrint(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx) {
  allowKeywords("print", Kw, {"sep", "end", "flush", "file"});
  std::string Sep = " ", End = "\n";
  for (const auto &[Key, V] : Kw) {
    if (Key == "file") {
      if (!V.isNone())
        throw UnsupportedError("print(file=...)");
      continue;
    }
    if (Key == "flush")
      continue;
    if (V.isNone())
      continue;
    if (!V.isStr())
      throwTypeError(Key + " must be None or a string, not " + std::string(typeName(V)));
    (Key == "sep" ? Sep : End) = V.asStr();
  }
  std::string Line;
  for (size_t I = 0; I < A.size(); ++I) {
    if (I)
      Line += Sep;
    Line += str(A[I]);
  }
  Ctx.Stdout += Line + End;
  return Value::none();
}

static Value builtinLen(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("len", Kw);
  expectExactlyOne("len", A);
  return Value::integer(int64_t(pyLen(A[0])));
}

static Value builtinAbs(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("abs", Kw);
  expectExactlyOne("abs", A);
  const Value &V = A[0];
  if (V.isIntegral())
    return Value::integer(V.toInt().abs());
  if (V.isFloat())
    return Value::floating(std::fabs(V.asFloat()));
  throwTypeError("bad operand type for abs(): '" + std::string(typeName(V)) + "'");
}

/// str(object='', encoding=, errors=): CPython's unicode_new.
static Value builtinStr(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  auto P = parseArgs({"str", {"object", "encoding", "errors"}}, A, Kw);
  for (size_t I : {1, 2}) {
    if (!P[I])
      continue;
    if (!P[I]->isStr())
      throwTypeError(std::string("str() argument '") + (I == 1 ? "encoding" : "errors") +
                     "' must be str, not " + clinicTypeName(*P[I]));
    if (P[I]->asStr().find('\0') != std::string::npos)
      throwValueError("embedded null character");
  }
  if (!P[0])
    return Value::str("");
  if (P[1] || P[2]) {
    // str(object, encoding, errors) decodes bytes, which pyctl has none of.
    if (P[0]->isStr())
      throwTypeError("decoding str is not supported");
    throwTypeError("decoding to str: need a bytes-like object, " + std::string(typeName(*P[0])) +
                   " found");
  }
  return P[0]->isStr() ? *P[0] : Value::str(str(*P[0]));
}

static Value builtinInt(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  auto P = parseArgs({"int", {"x", "base"}, 1}, A, Kw);
  const Value *BaseArg = P[1];
  if (!P[0]) {
    if (BaseArg)
      throwTypeError("int() missing string argument");
    return Value::integer(int64_t(0));
  }
  const Value &X = *P[0];
  if (BaseArg) {
    Int B = indexArg(*BaseArg);
    auto Small = B.toInt64();
    if (!Small || !(*Small == 0 || (*Small >= 2 && *Small <= 36)))
      throwValueError("int() base must be >= 2 and <= 36, or 0");
    if (!X.isStr())
      throwTypeError("int() can't convert non-string with explicit base");
    return Value::integer(parseIntFromStr(X.asStr(), int(*Small)));
  }
  if (X.isIntegral())
    return Value::integer(X.toInt());
  if (X.isFloat())
    return Value::integer(Int::fromDouble(X.asFloat()));
  if (X.isStr())
    return Value::integer(parseIntFromStr(X.asStr(), 10));
  throwTypeError("int() argument must be a string, a bytes-like object or a real number, not '" +
                 std::string(typeName(X)) + "'");
}

static Value builtinFloat(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("float", Kw);
  expectAtMost("float", A, 1);
  if (A.empty())
    return Value::floating(0.0);
  const Value &X = A[0];
  if (X.isFloat())
    return X;
  if (X.isIntegral())
    return Value::floating(X.toInt().toDouble());
  if (X.isStr())
    return Value::floating(parseFloatFromStr(X.asStr()));
  throwTypeError("float() argument must be a string or a real number, not '" +
                 std::string(typeName(X)) + "'");
}

static Value builtinBool(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("bool", Kw);
  expectAtMost("bool", A, 1);
  return Value::boolean(!A.empty() && truthy(A[0]));
}

static Value builtinRange(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("range", Kw);
  if (A.empty())
    throwTypeError("range expected at least 1 argument, got 0");
  expectAtMost("range", A, 3);
  if (A.size() == 1)
    return Value::range(Int(0), indexArg(A[0]));
  Int Start = indexArg(A[0]), Stop = indexArg(A[1]);
  Int Step = A.size() == 3 ? indexArg(A[2]) : Int(1);
  return Value::range(Start, Stop, Step);
}

static Value minMax(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx, bool IsMin) {
  const char *Name = IsMin ? "min" : "max";
  // PyArg_UnpackTuple of the positionals, then the keyword-only key= and
  // default= (CPython's min_max).
  if (A.empty())
    throwTypeError(std::string(Name) + " expected at least 1 argument, got 0");
  auto P = parseArgs({Name, {"key", "default"}, 0, 0, 0}, {}, Kw);
  const Value *Key = P[0];
  if (Key && Key->isNone())
    Key = nullptr;
  const Value *Default = P[1];
  if (Default && A.size() > 1)
    throwTypeError(std::string("Cannot specify a default for ") + Name +
                   "() with multiple positional arguments");
  CompareOp Op = IsMin ? CompareOp::Lt : CompareOp::Gt;
  // As CPython: each item is pulled, then its key computed, before the next
  // item is pulled (a map's function and the key function interleave).
  std::optional<Value> Best, BestKey;
  auto Consider = [&](const Value &Item) {
    Value K = Key ? callOne(*Key, Item, Ctx) : Item;
    if (!Best || compare(Op, K, *BestKey).asBool()) {
      Best = Item;
      BestKey = std::move(K);
    }
    return true;
  };
  if (A.size() != 1) {
    for (const Value &Item : A)
      Consider(Item);
  } else if (Key) {
    // The key function may change what is iterated: pull from a live
    // iterator, as CPython's min_max does (a list grows or shrinks under
    // it; a dict or set raises "changed size during iteration").
    if (A[0].isSet())
      setItemsFor(A[0], false, Name); // refuses an order that may differ from CPython's
    forEachItem(makeIterator(A[0]), Consider);
  } else if (A[0].isSet()) {
    for (const Value &Item : setItemsFor(A[0], setTotallyOrdered(A[0]), Name))
      Consider(Item);
  } else {
    forEachItem(A[0], Consider);
  }
  if (!Best) {
    if (Default)
      return *Default;
    throwValueError(std::string(Name) + "() arg is an empty sequence");
  }
  return *Best;
}

static Value builtinMin(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx) {
  return minMax(A, Kw, Ctx, true);
}

static Value builtinMax(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx) {
  return minMax(A, Kw, Ctx, false);
}

static Value builtinSum(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  auto P = parseArgs({"sum", {"iterable", "start"}, 1, 1}, A, Kw);
  Value Result = P[1] ? *P[1] : Value::integer(int64_t(0));
  if (Result.isStr())
    throwTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  bool IntSet = A[0].isSet() && Result.isIntegral();
  if (IntSet)
    for (const Value &Item : setItemsAnyOrder(A[0]))
      IntSet = IntSet && Item.isIntegral();
  if (A[0].isSet()) {
    for (const Value &Item : setItemsFor(A[0], IntSet, "sum()"))
      Result = binaryOp(BinaryOp::Add, Result, Item);
    return Result;
  }
  // Each item is added as it is pulled, as CPython does: a map's function runs between two
  // additions (it may change a list the running total was made from).
  forEachItem(A[0], [&](const Value &Item) {
    Result = binaryOp(BinaryOp::Add, Result, Item);
    return true;
  });
  return Result;
}

static Value builtinRound(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  auto P = parseArgs({"round", {"number", "ndigits"}, 0, 1}, A, Kw);
  const Value *Number = P[0], *NDigits = P[1];
  if (NDigits && NDigits->isNone())
    NDigits = nullptr;
  const Value &X = *Number;
  if (X.isIntegral()) {
    if (!NDigits)
      return Value::integer(X.toInt());
    return Value::integer(roundInt(X.toInt(), indexArg(*NDigits)));
  }
  if (X.isFloat()) {
    double D = X.asFloat();
    if (!NDigits) {
      double R = std::round(D);
      if (std::fabs(D - R) == 0.5)
        R = 2.0 * std::round(D / 2.0);
      return Value::integer(Int::fromDouble(R));
    }
    return Value::floating(roundFloat(D, indexArg(*NDigits)));
  }
  throwTypeError("type " + std::string(typeName(X)) + " doesn't define __round__ method");
}

static Value builtinDivmod(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("divmod", Kw);
  expectCount("divmod", A, 2);
  const Value &X = A[0], &Y = A[1];
  if (X.isIntegral() && Y.isIntegral()) {
    Int P = X.toInt(), Q = Y.toInt();
    if (Q.isZero())
      throwZeroDivisionError("integer division or modulo by zero");
    return Value::tuple({Value::integer(Int::floorDiv(P, Q)), Value::integer(Int::floorMod(P, Q))});
  }
  if (X.isNumber() && Y.isNumber()) {
    double V = X.isFloat() ? X.asFloat() : X.toInt().toDouble();
    double W = Y.isFloat() ? Y.asFloat() : Y.toInt().toDouble();
    if (W == 0)
      throwZeroDivisionError("float divmod()");
    // Reuse the operators: // and % share CPython's _float_div_mod.
    return Value::tuple({binaryOp(BinaryOp::FloorDiv, Value::floating(V), Value::floating(W)),
                         binaryOp(BinaryOp::Mod, Value::floating(V), Value::floating(W))});
  }
  throwTypeError("unsupported operand type(s) for divmod(): '" + std::string(typeName(X)) +
                 "' and '" + std::string(typeName(Y)) + "'");
}

static Value builtinSorted(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx) {
  // CPython's builtin_sorted: the positional check, then list.sort's own
  // parsing of the keywords.
  expectCount("sorted", A, 1);
  auto P = parseArgs({"sort", {"key", "reverse"}, 0, 0, 0}, {}, Kw);
  const Value *KeyFn = P[0];
  std::vector<Value> Items =
      A[0].isSet() ? setItemsFor(A[0], (!KeyFn || KeyFn->isNone()) && setTotallyOrdered(A[0]), "sorted()")
                   : iterate(A[0]);
  bool Reverse = false;
  if (const Value *R = P[1])
    Reverse = cIntFlagArg(*R);
  const Value *Key = KeyFn;
  if (Key && !Key->isNone()) {
    std::vector<Value> Keys;
    Keys.reserve(Items.size());
    for (const Value &Item : Items)
      Keys.push_back(callOne(*Key, Item, Ctx));
    sortValues(Items, &Keys, Reverse);
  } else {
    sortValues(Items, nullptr, Reverse);
  }
  return Value::list(std::move(Items));
}

static Value builtinList(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("list", Kw);
  expectAtMost("list", A, 1);
  return Value::list(A.empty() ? std::vector<Value>{} : iterate(A[0]));
}

static Value builtinTuple(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("tuple", Kw);
  expectAtMost("tuple", A, 1);
  if (!A.empty() && A[0].isTuple())
    return A[0]; // tuple(t) is t
  return Value::tuple(A.empty() ? std::vector<Value>{} : iterate(A[0]));
}

static Value builtinDict(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  expectAtMost("dict", A, 1);
  Value Result = Value::dict();
  Dict &D = *Result.asDict();
  if (!A.empty())
    updateDict(D, A[0]);
  for (const auto &[Key, V] : Kw)
    D.set(Value::str(Key), V);
  return Result;
}

static Value builtinRepr(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("repr", Kw);
  expectExactlyOne("repr", A);
  return Value::str(repr(A[0]));
}

static Value builtinAscii(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("ascii", Kw);
  expectExactlyOne("ascii", A);
  return Value::str(asciiRepr(A[0]));
}

/// hex(), oct(), bin(): PyNumber_ToBase. The argument goes through
/// PyNumber_Index (an int or bool; TypeError "'float' object cannot be
/// interpreted as an integer"); the result is the sign, the prefix and the
/// magnitude's lowercase digits, for ints of any size.
static Value toBase(std::string_view Name, int Base, std::string_view Prefix, Args &A,
                    const KeywordArgs &Kw) {
  rejectKeywords(Name, Kw);
  expectExactlyOne(Name, A);
  if (!A[0].isIntegral())
    throwTypeError("'" + std::string(typeName(A[0])) +
                   "' object cannot be interpreted as an integer");
  mpz_class M = A[0].toInt().toMpz();
  std::string Out = M < 0 ? "-" : "";
  Out += Prefix;
  Out += mpz_class(abs(M)).get_str(Base);
  return Value::str(std::move(Out));
}

static Value builtinHex(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  return toBase("hex", 16, "0x", A, Kw);
}
static Value builtinOct(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  return toBase("oct", 8, "0o", A, Kw);
}
static Value builtinBin(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  return toBase("bin", 2, "0b", A, Kw);
}

/// Walks \p V as tuplehash does: the first list, dict, set or keys/items view
/// (CPython's TypeError: every other value hashes without raising) into
/// \p Unhashable, the first other value that is not a bool, int or float
/// into \p Other (a values view among them: CPython hashes it by address).
static void hashLeaves(const Value &V, const Value *&Unhashable, const Value *&Other) {
  if (Unhashable)
    return;
  if (V.isTuple()) {
    RecursionScope Level("hash");
    for (const Value &Item : V.asTuple())
      hashLeaves(Item, Unhashable, Other);
  } else if (V.isList() || V.isDict() || V.isSet() ||
             (V.isDictView() && V.asDictView().Which != DictViewKind::Values)) {
    Unhashable = &V;
  } else if (!V.isIntegral() && !V.isFloat() && !Other) {
    Other = &V;
  }
}

/// hash(): CPython 3.11's hash where it is the same in every process: ints
/// (reduced mod 2**61 - 1, -1 becomes -2), bools, floats other than NaN and
/// tuples of those (tuplehash). A list, dict, set or dict view anywhere
/// tuplehash reaches is CPython's TypeError "unhashable type: 'list'" (the
/// other items hash without raising); otherwise a str or None (randomised
/// per process or address-based), a NaN (its hash is its identity's) or any
/// other value is unsupported.
static Value builtinHash(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("hash", Kw);
  expectExactlyOne("hash", A);
  const Value *Unhashable = nullptr, *Other = nullptr;
  hashLeaves(A[0], Unhashable, Other);
  if (Unhashable)
    throwTypeError("unhashable type: '" + std::string(typeName(*Unhashable)) + "'");
  if (Other)
    throw UnsupportedError("hash() of a '" + std::string(typeName(*Other)) +
                           "' value (its hash varies between processes or depends on object "
                           "identity)");
  return Value::integer(hashValue(A[0])); // hashDouble refuses a NaN
}

static Value builtinFormat(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("format", Kw);
  if (A.empty())
    throwTypeError("format expected at least 1 argument, got 0");
  expectAtMost("format", A, 2);
  if (A.size() == 2 && !A[1].isStr())
    throwTypeError("format() argument 2 must be str, not " + std::string(typeName(A[1])));
  return Value::str(formatValue(A[0], A.size() == 2 ? A[1].asStr() : ""));
}

/// isinstance() against one builtin type.
static bool isInstanceOf(const Value &V, const std::string &Type) {
  if (Type == "NoneType")
    return V.isNone();
  if (Type == "type")
    return V.isBuiltin() && isBuiltinClassName(V.builtinName());
  if (isKnownExceptionClass(Type))
    return V.isException() && exceptionMatches(V.asException()->Type, Type);
  if (Type == "int")
    return V.isIntegral();
  if (Type == "bool")
    return V.isBool();
  if (Type == "float")
    return V.isFloat();
  if (Type == "str")
    return V.isStr();
  if (Type == "list")
    return V.isList();
  if (Type == "tuple")
    return V.isTuple();
  if (Type == "dict")
    return V.isDict();
  if (Type == "range")
    return V.isRange();
  if (Type == "set")
    return V.isSet();
  if (Type == "enumerate" || Type == "zip" || Type == "reversed" || Type == "map" ||
      Type == "filter")
    return V.isIterator() && V.asIterator()->typeName() == Type;
  return false;
}

static bool isInstance(const Value &V, const Value &Cls) {
  if (Cls.isBuiltin() && isBuiltinClassName(Cls.builtinName()))
    return isInstanceOf(V, Cls.builtinName());
  if (Cls.isTuple()) {
    for (const Value &C : Cls.asTuple())
      if (isInstance(V, C))
        return true;
    return false;
  }
  throwTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/// type(x): the class of x as a builtin value, for the classes it can name
/// (isBuiltinClassName; `type(e)` of a caught exception is its class). The
/// classes of functions, iterators and re objects, and type(name, bases,
/// dict), are unsupported.
static Value builtinType(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  if (A.size() != 1 && A.size() != 3)
    throwTypeError("type() takes 1 or 3 arguments");
  if (A.size() == 3)
    throw UnsupportedError("type() with three arguments (a new class)");
  rejectKeywords("type", Kw);
  if (A[0].isException())
    return Value::builtin(A[0].asException()->Type);
  std::string Name(typeName(A[0]));
  if (!isBuiltinClassName(Name))
    throw UnsupportedError("type() of a '" + Name + "' value");
  return Value::builtin(Name);
}

static Value builtinIsinstance(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("isinstance", Kw);
  expectCount("isinstance", A, 2);
  return Value::boolean(isInstance(A[0], A[1]));
}

/// issubclass(Derived, Classes) for the classes pyctl has (isBuiltinClassName):
/// CPython's object_issubclass, which walks a tuple (nested ones too) item by
/// item, returns at the first match, and checks each non-tuple item as it
/// reaches it: argument 1 first, then argument 2.
static bool isSubclass(const Value &Derived, const Value &Cls) {
  if (Cls.isTuple()) {
    for (const Value &C : Cls.asTuple())
      if (isSubclass(Derived, C))
        return true;
    return false;
  }
  auto IsClass = [](const Value &V) { return V.isBuiltin() && isBuiltinClassName(V.builtinName()); };
  if (!IsClass(Derived))
    throwTypeError("issubclass() arg 1 must be a class");
  if (!IsClass(Cls))
    throwTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  const std::string &D = Derived.builtinName(), &C = Cls.builtinName();
  if (D == C)
    return true;
  if (isKnownExceptionClass(D) && isKnownExceptionClass(C))
    return exceptionMatches(D, C);
  return D == "bool" && C == "int";
}

static Value builtinIssubclass(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("issubclass", Kw);
  if (A.size() != 2)
    throwTypeError("issubclass expected 2 arguments, got " + std::to_string(A.size()));
  return Value::boolean(isSubclass(A[0], A[1]));
}

static Value builtinPow(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  auto P = parseArgs({"pow", {"base", "exp", "mod"}, 0, 2}, A, Kw);
  if (!P[2] || P[2]->isNone())
    return binaryOp(BinaryOp::Pow, *P[0], *P[1]);
  if (!P[0]->isIntegral() || !P[1]->isIntegral() || !P[2]->isIntegral()) {
    // CPython's ternary_op: float's nb_power rejects a modulus outright;
    // without a float no operand implements the call.
    if (P[0]->isFloat() || P[1]->isFloat() || P[2]->isFloat())
      throwTypeError("pow() 3rd argument not allowed unless all arguments are integers");
    throwTypeError("unsupported operand type(s) for ** or pow(): '" +
                   std::string(typeName(*P[0])) + "', '" + std::string(typeName(*P[1])) +
                   "', '" + std::string(typeName(*P[2])) + "'");
  }
  mpz_class Base = P[0]->toInt().toMpz(), Exp = P[1]->toInt().toMpz(),
            Mod = P[2]->toInt().toMpz();
  if (Mod == 0)
    throwValueError("pow() 3rd argument cannot be 0");
  mpz_class AbsMod = abs(Mod), R;
  if (Exp < 0) {
    mpz_class Inverse;
    if (!mpz_invert(Inverse.get_mpz_t(), Base.get_mpz_t(), AbsMod.get_mpz_t()))
      throwValueError("base is not invertible for the given modulus");
    Base = Inverse;
    Exp = -Exp;
  }
  mpz_powm(R.get_mpz_t(), Base.get_mpz_t(), Exp.get_mpz_t(), AbsMod.get_mpz_t());
  if (Mod < 0 && R != 0)
    R += Mod;
  return Value::integer(Int(R));
}

static Value builtinOrd(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("ord", Kw);
  expectExactlyOne("ord", A);
  if (!A[0].isStr())
    throwTypeError("ord() expected string of length 1, but " + std::string(typeName(A[0])) +
                   " found");
  if (A[0].strObject().Length != 1)
    throwTypeError("ord() expected a character, but string of length " +
                   std::to_string(A[0].strObject().Length) + " found");
  size_t Pos = 0;
  return Value::integer(int64_t(unicode::decodeNext(A[0].asStr(), Pos)));
}

static Value builtinChr(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("chr", Kw);
  expectExactlyOne("chr", A);
  Int I = indexArg(A[0]);
  auto N = I.toInt64();
  if (!N || *N < INT32_MIN || *N > INT32_MAX)
    throwOverflowError("Python int too large to convert to C int");
  if (*N < 0 || *N > 0x10FFFF)
    throwValueError("chr() arg not in range(0x110000)");
  std::string Out;
  unicode::appendUTF8(Out, char32_t(*N));
  return Value::str(std::move(Out));
}

static Value builtinAny(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("any", Kw);
  expectExactlyOne("any", A);
  bool Found = false;
  forEachItem(A[0].isSet() ? Value::list(setItemsAnyOrder(A[0])) : A[0], [&](const Value &V) { return !(Found = truthy(V)); });
  return Value::boolean(Found);
}

static Value builtinAll(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("all", Kw);
  expectExactlyOne("all", A);
  bool AllTrue = true;
  forEachItem(A[0].isSet() ? Value::list(setItemsAnyOrder(A[0])) : A[0], [&](const Value &V) { return AllTrue = truthy(V); });
  return Value::boolean(AllTrue);
}

static Value builtinIter(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("iter", Kw);
  if (A.empty())
    throwTypeError("iter expected at least 1 argument, got 0");
  expectAtMost("iter", A, 2);
  if (A.size() == 2) {
    if (A[0].isBuiltin() || A[0].isFunction() || A[0].isBoundMethod())
      throw UnsupportedError("iter(callable, sentinel)");
    throwTypeError("iter(v, w): v must be callable");
  }
  return makeIterator(A[0]);
}

/// getattr(obj, name): getAttribute (Attributes.h) with CPython's argument
/// errors; getattr(obj, name, default) is unsupported.
static Value builtinGetattr(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  if (!Kw.empty())
    throwTypeError("getattr() takes no keyword arguments");
  if (A.size() < 2)
    throwTypeError("getattr expected at least 2 arguments, got " + std::to_string(A.size()));
  expectAtMost("getattr", A, 3);
  if (!A[1].isStr())
    throwTypeError("attribute name must be string, not '" + std::string(typeName(A[1])) + "'");
  if (A.size() == 3)
    throw UnsupportedError("getattr with a default");
  return getAttribute(A[0], A[1].asStr());
}

static Value builtinNext(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  rejectKeywords("next", Kw);
  if (A.empty())
    throwTypeError("next expected at least 1 argument, got 0");
  expectAtMost("next", A, 2);
  if (A.size() == 1)
    return iteratorNext(A[0]);
  std::optional<Value> Item = iteratorNextOrEnd(A[0]);
  return Item ? std::move(*Item) : A[1];
}

static Value builtinEnumerate(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  // CPython 3.11's enumerate_vectorcall: one or two arguments in all are
  // bound by hand, the keywords expected in their places.
  size_t Given = A.size() + Kw.size();
  auto Expect = [&](size_t I, std::string_view Name) {
    if (Kw[I].first != Name)
      throwTypeError("'" + Kw[I].first + "' is an invalid keyword argument for enumerate()");
  };
  const Value *Iterable = nullptr, *Start = nullptr;
  if (Given == 2) {
    if (Kw.size() == 1) {
      Expect(0, "start");
      Iterable = &A[0];
      Start = &Kw[0].second;
    } else if (Kw.size() == 2) {
      bool StartFirst = Kw[0].first == "start";
      Expect(StartFirst ? 1 : 0, "iterable");
      if (!StartFirst)
        Expect(1, "start");
      Iterable = &Kw[StartFirst ? 1 : 0].second;
      Start = &Kw[StartFirst ? 0 : 1].second;
    } else {
      Iterable = &A[0];
      Start = &A[1];
    }
  } else if (Given == 1) {
    if (!Kw.empty())
      Expect(0, "iterable");
    Iterable = A.empty() ? &Kw[0].second : &A[0];
  } else if (A.empty()) {
    throwTypeError("enumerate() missing required argument 'iterable'");
  } else {
    throwTypeError("enumerate() takes at most 2 arguments (" + std::to_string(Given) + " given)");
  }
  return makeEnumerate(*Iterable, Start ? indexArg(*Start) : Int(0));
}

static Value builtinZip(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  // zip_new: PyArg_ParseTupleAndKeywords of the keyword-only strict=.
  // The `p` converter: the value's truth.
  const auto Strict = parseArgs({"zip", {"strict"}, 0, 0, 0}, {}, Kw)[0];
  return makeZip(A, Strict && truthy(*Strict));
}

static Value builtinReversed(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  if (!Kw.empty())
    throwTypeError("reversed() takes no keyword arguments");
  expectCount("reversed", A, 1);
  return makeReversed(A[0]);
}

/// How map and filter call their function: a builtin, with print() writing
/// where the map/filter's maker writes; a user function through the maker's
/// IteratorCall handler (BuiltinContext), refused when it has none.
static IteratorCallFn iteratorCaller(BuiltinContext &Ctx) {
  return [Out = &Ctx.Stdout, User = Ctx.IteratorCall](const Value &Fn, std::vector<Value> CallArgs) {
    if (Fn.isFunction()) {
      if (!User)
        throw UnsupportedError("map() or filter() calling a user function (or lambda) outside traced code");
      return (*User)(Fn, std::move(CallArgs));
    }
    if (Fn.isBuiltin() && !isBuiltinName(Fn.builtinName()))
      throw UnsupportedError("calling the builtin '" + std::string(Fn.builtinName()) +
                             "' from map() or filter()");
    // A map or filter made by the builtin Fn (`map(map, ...)`) is not one the
    // program made: its user-function calls are refused, as the Python tracer
    // refuses them (only the program's own map/filter calls are wrapped).
    BuiltinContext Inner{*Out, nullptr};
    return callValue(Fn, std::move(CallArgs), Inner);
  };
}

static Value builtinMap(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx) {
  if (!Kw.empty())
    throwTypeError("map() takes no keyword arguments");
  if (A.size() < 2)
    throwTypeError("map() must have at least two arguments.");
  std::vector<Value> Iterables(A.begin() + 1, A.end());
  return makeMap(A[0], Iterables, iteratorCaller(Ctx));
}

static Value builtinFilter(Args &A, const KeywordArgs &Kw, BuiltinContext &Ctx) {
  if (!Kw.empty())
    throwTypeError("filter() takes no keyword arguments");
  expectCount("filter", A, 2);
  return makeFilter(A[0], A[1], iteratorCaller(Ctx));
}

static Value builtinSet(Args &A, const KeywordArgs &Kw, BuiltinContext &) {
  if (!Kw.empty())
    throwTypeError("set() takes no keyword arguments");
  expectAtMost("set", A, 1);
  return A.empty() ? makeSet({}) : setFromIterable(A[0]);
}

static constexpr BuiltinEntry Builtins[] = {
    {"print", builtinPrint},   {"len", builtinLen},       {"abs", builtinAbs},
    {"str", builtinStr},       {"int", builtinInt},       {"float", builtinFloat},
    {"bool", builtinBool},     {"range", builtinRange},   {"min", builtinMin},
    {"max", builtinMax},       {"sum", builtinSum},       {"round", builtinRound},
    {"divmod", builtinDivmod}, {"sorted", builtinSorted}, {"list", builtinList},
    {"tuple", builtinTuple},   {"dict", builtinDict},     {"repr", builtinRepr},
    {"ascii", builtinAscii},   {"format", builtinFormat}, {"isinstance", builtinIsinstance}, {"type", builtinType},
    {"issubclass", builtinIssubclass},
    {"pow", builtinPow},       {"ord", builtinOrd},       {"chr", builtinChr},
    {"any", builtinAny},       {"all", builtinAll},       {"iter", builtinIter},
    {"next", builtinNext},     {"enumerate", builtinEnumerate}, {"zip", builtinZip},
    {"reversed", builtinReversed}, {"set", builtinSet},
    {"map", builtinMap},       {"filter", builtinFilter},
    {"getattr", builtinGetattr},
    {"hex", builtinHex},       {"oct", builtinOct},       {"bin", builtinBin},
    {"hash", builtinHash},
};

static BuiltinFn findBuiltin(std::string_view Name) {
  for (const auto &E : Builtins)
    if (E.Name == Name)
      return E.Fn;
  return nullptr;
}

bool isBuiltinName(std::string_view Name) {
  return findBuiltin(Name) != nullptr || isMathFunction(Name) || isJSONFunction(Name) ||
         isReFunction(Name) || isMethodDescriptor(Name);
}

Value callBuiltin(std::string_view Name, std::vector<Value> A, const KeywordArgs &Kwargs,
                  BuiltinContext &Ctx) {
  if (isMathFunction(Name))
    return callMathFunction(Name, A, Kwargs);
  if (isJSONFunction(Name))
    return callJSONFunction(Name, A, Kwargs);
  if (isReFunction(Name))
    return callReFunction(Name, A, Kwargs);
  if (isMethodDescriptor(Name))
    return callMethodDescriptor(Name, std::move(A), Kwargs, Ctx);
  BuiltinFn Fn = findBuiltin(Name);
  if (!Fn)
    throw std::invalid_argument("not a builtin: " + std::string(Name));
  return Fn(A, Kwargs, Ctx);
}

Value callBuiltin(std::string_view Name, std::vector<Value> A, std::string &StdoutBuffer) {
  BuiltinContext Ctx{StdoutBuffer, nullptr};
  return callBuiltin(Name, std::move(A), {}, Ctx);
}

} // namespace pyctl
