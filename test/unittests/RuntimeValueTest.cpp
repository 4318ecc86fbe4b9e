//===- RuntimeValueTest.cpp - Tests of the Python value runtime -----------===//
//
// Every expected value below was checked against python3 (CPython 3.11).
//
//===----------------------------------------------------------------------===//

#include "pyctl/Runtime/Builtins.h"
#include "pyctl/Runtime/Compare.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/Format.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/StrRepr.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/Unicode.h"
#include "pyctl/Runtime/ValueJSON.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

using namespace pyctl;

namespace {

Value I(int64_t N) { return Value::integer(N); }
Value F(double D) { return Value::floating(D); }
Value S(const char *Text) { return Value::str(Text); }
Value B(bool X) { return Value::boolean(X); }
Value None() { return Value::none(); }
Value L(std::vector<Value> Items) { return Value::list(std::move(Items)); }
Value T(std::vector<Value> Items) { return Value::tuple(std::move(Items)); }
/// An int from decimal text (for values beyond 64 bits).
Value Big(const char *Decimal) { return Value::integer(*Int::parseDecimal(Decimal)); }

std::string R(const Value &V) { return repr(V); }
Value op(const char *Spelling, const Value &A, const Value &Bv) {
  return applyBinaryOperator(Spelling, A, Bv);
}
/// repr of `A op B`.
std::string ev(const char *Spelling, const Value &A, const Value &Bv) {
  return repr(op(Spelling, A, Bv));
}
Value call(const char *Name, std::vector<Value> Args) {
  std::string Out;
  return callBuiltin(Name, std::move(Args), Out);
}
std::string callRepr(const char *Name, std::vector<Value> Args) {
  return repr(call(Name, std::move(Args)));
}

/// Runs \p Fn and returns "Type: message" of the PythonError it raises.
std::string raised(const std::function<void()> &Fn) {
  try {
    Fn();
  } catch (const PythonError &E) {
    return E.what();
  }
  return "<no exception>";
}

constexpr double Inf = std::numeric_limits<double>::infinity();
const double NaN = std::nan("");

} // namespace

//===----------------------------------------------------------------------===//
// Integer arithmetic
//===----------------------------------------------------------------------===//

TEST(RuntimeInt, FloorDivisionAndModuloWithNegatives) {
  EXPECT_EQ(ev("//", I(7), I(2)), "3");
  EXPECT_EQ(ev("//", I(-7), I(2)), "-4");
  EXPECT_EQ(ev("%", I(-7), I(2)), "1");
  EXPECT_EQ(ev("//", I(7), I(-2)), "-4");
  EXPECT_EQ(ev("%", I(7), I(-2)), "-1");
  EXPECT_EQ(ev("//", I(-7), I(-2)), "3");
  EXPECT_EQ(ev("%", I(-7), I(-2)), "-1");
  EXPECT_EQ(ev("%", I(7), I(-3)), "-2");
  EXPECT_EQ(callRepr("divmod", {I(-7), I(2)}), "(-4, 1)");
  // INT64_MIN // -1 leaves 64 bits.
  EXPECT_EQ(ev("//", I(std::numeric_limits<int64_t>::min()), I(-1)), "9223372036854775808");
}

TEST(RuntimeInt, BigIntegers) {
  EXPECT_EQ(ev("**", I(2), I(100)), "1267650600228229401496703205376");
  EXPECT_EQ(R(op("-", I(0), op("**", I(10), I(19)))), "-10000000000000000000");
  EXPECT_EQ(ev("+", op("**", I(2), I(64)), I(7)), "18446744073709551623");
  EXPECT_EQ(ev("*", op("**", I(2), I(64)), I(3)), "55340232221128654848");
  EXPECT_EQ(ev("-", I(std::numeric_limits<int64_t>::min()), I(1)), "-9223372036854775809");
  Value P100 = op("**", I(2), I(100));
  EXPECT_EQ(ev("//", P100, I(3)), "422550200076076467165567735125");
  EXPECT_EQ(ev("%", P100, I(7)), "2");
  EXPECT_EQ(ev("//", op("-", I(0), P100), I(7)), "-181092942889747057356671886483");
  EXPECT_EQ(ev("%", op("-", I(0), P100), I(7)), "5");
  EXPECT_EQ(str(Big("-10000000000000000000")), "-10000000000000000000");
  // Results that fit again become small.
  EXPECT_TRUE(op("//", P100, P100).asInt().isSmall());
}

TEST(RuntimeInt, TrueDivisionIsCorrectlyRounded) {
  EXPECT_EQ(ev("/", I(1), I(3)), "0.3333333333333333");
  EXPECT_EQ(ev("/", I(7), I(-2)), "-3.5");
  EXPECT_EQ(ev("/", I(0), I(-5)), "-0.0");
  EXPECT_EQ(ev("/", op("+", op("**", I(2), I(53)), I(1)), I(1)), "9007199254740992.0");
  EXPECT_EQ(ev("/", op("**", I(10), I(400)), op("**", I(10), I(399))), "10.0");
  EXPECT_EQ(ev("/", op("**", I(2), I(1000)), I(3)), "3.5716953572875575e+300");
  EXPECT_EQ(ev("/", op("-", I(0), op("**", I(2), I(80))), I(3)), "-4.029752732048764e+23");
  EXPECT_EQ(ev("/", I(1), op("**", I(2), I(1074))), "5e-324");
  EXPECT_EQ(ev("/", I(3), op("**", I(2), I(1075))), "1e-323");
  EXPECT_EQ(ev("/", I(1), op("**", I(2), I(1075))), "0.0");
  EXPECT_EQ(raised([] { op("/", op("**", I(10), I(400)), I(3)); }),
            "OverflowError: integer division result too large for a float");
  EXPECT_EQ(raised([] { op("/", I(1), I(0)); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(raised([] { op("//", I(1), I(0)); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(raised([] { op("%", I(1), I(0)); }), "ZeroDivisionError: integer modulo by zero");
}

TEST(RuntimeInt, PowerAndShifts) {
  EXPECT_EQ(ev("**", I(2), I(-1)), "0.5");
  EXPECT_EQ(ev("**", I(-2), I(-1)), "-0.5");
  EXPECT_EQ(ev("**", I(-2), I(3)), "-8");
  EXPECT_EQ(ev("**", I(2), I(-1074)), "5e-324");
  EXPECT_EQ(raised([] { op("**", I(0), I(-1)); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(raised([] { op("**", F(10.0), I(400)); }),
            "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_THROW(op("**", I(-8), F(1.0 / 3)), UnsupportedError); // complex in CPython
  EXPECT_EQ(ev("<<", I(1), I(70)), "1180591620717411303424");
  EXPECT_EQ(ev(">>", I(-1), op("**", I(10), I(20))), "-1");
  EXPECT_EQ(raised([] { op("<<", I(1), I(-1)); }), "ValueError: negative shift count");
}

TEST(RuntimeInt, BoolArithmetic) {
  EXPECT_EQ(ev("+", B(true), B(true)), "2");
  EXPECT_EQ(ev("&", B(true), B(true)), "True");
  EXPECT_EQ(ev("^", B(true), B(false)), "True");
  EXPECT_EQ(ev("&", B(true), I(2)), "0");
  EXPECT_EQ(R(unaryOp(UnaryOp::Neg, B(true))), "-1");
  EXPECT_EQ(R(unaryOp(UnaryOp::Invert, B(true))), "-2");
  EXPECT_EQ(callRepr("abs", {B(true)}), "1");
  EXPECT_EQ(raised([] { op("/", B(true), B(false)); }), "ZeroDivisionError: division by zero");
}

//===----------------------------------------------------------------------===//
// Float arithmetic
//===----------------------------------------------------------------------===//

TEST(RuntimeFloat, FloorDivisionAndModuloSigns) {
  EXPECT_EQ(ev("//", F(-7.5), I(2)), "-4.0");
  EXPECT_EQ(ev("%", F(-7.5), I(2)), "0.5");
  EXPECT_EQ(ev("//", F(7.5), I(-2)), "-4.0");
  EXPECT_EQ(ev("%", F(7.5), I(-2)), "-0.5");
  EXPECT_EQ(ev("//", F(-0.0), I(1)), "-0.0");
  EXPECT_EQ(ev("%", F(0.0), I(-1)), "-0.0");
  EXPECT_EQ(ev("%", F(-0.0), I(3)), "0.0");
  EXPECT_EQ(ev("%", I(-1), F(0.5)), "0.0");
  EXPECT_EQ(ev("//", F(0.0), I(-3)), "-0.0");
  EXPECT_EQ(ev("%", I(1), F(Inf)), "1.0");
  EXPECT_EQ(ev("%", I(-1), F(Inf)), "inf");
  EXPECT_EQ(ev("//", I(-1), F(Inf)), "-1.0");
  EXPECT_EQ(ev("//", F(Inf), I(1)), "nan");
  EXPECT_EQ(ev("//", I(-7), F(2.0)), "-4.0");
  EXPECT_EQ(callRepr("divmod", {F(7.5), I(-2)}), "(-4.0, -0.5)");
  EXPECT_EQ(raised([] { op("//", F(5.0), F(-0.0)); }),
            "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(raised([] { op("%", F(1.0), I(0)); }), "ZeroDivisionError: float modulo");
  EXPECT_EQ(raised([] { op("/", F(1.0), I(0)); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(raised([] { call("divmod", {F(1.0), I(0)}); }), "ZeroDivisionError: float divmod()");
}

TEST(RuntimeFloat, MixedIntFloat) {
  EXPECT_EQ(ev("+", F(1.0), B(true)), "2.0");
  EXPECT_EQ(ev("*", I(7), F(1.5)), "10.5");
  EXPECT_EQ(ev("*", F(1e308), I(10)), "inf");
  EXPECT_EQ(ev("%", op("<<", I(1), I(64)), F(7.5)), "1.0");
  EXPECT_EQ(raised([] { op("+", F(1.0), op("**", I(10), I(400))); }),
            "OverflowError: int too large to convert to float");
}

TEST(RuntimeFloat, ReprEdgeCases) {
  EXPECT_EQ(floatRepr(5.0), "5.0");
  EXPECT_EQ(floatRepr(0.0001), "0.0001");
  EXPECT_EQ(floatRepr(1e16), "1e+16");
  EXPECT_EQ(floatRepr(1.5e-05), "1.5e-05");
  EXPECT_EQ(floatRepr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(floatRepr(Inf), "inf");
  EXPECT_EQ(floatRepr(-Inf), "-inf");
  EXPECT_EQ(floatRepr(NaN), "nan");
  EXPECT_EQ(floatRepr(-0.0), "-0.0");
  EXPECT_EQ(floatRepr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(floatRepr(1e22), "1e+22");
  EXPECT_EQ(floatRepr(1e15), "1000000000000000.0");
  EXPECT_EQ(floatRepr(9007199254740992.0), "9007199254740992.0");
  EXPECT_EQ(floatRepr(5e-324), "5e-324");
  EXPECT_EQ(floatRepr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(floatRepr(1e-7), "1e-07");
  EXPECT_EQ(floatRepr(-1e-10), "-1e-10");
  EXPECT_EQ(floatRepr(std::pow(2.0, 60)), "1.152921504606847e+18");
  EXPECT_EQ(str(F(1e16)), "1e+16");
  EXPECT_EQ(str(F(100.0)), "100.0");
}

TEST(RuntimeFloat, Parsing) {
  EXPECT_EQ(callRepr("float", {S(" 1_0.5 ")}), "10.5");
  EXPECT_EQ(callRepr("float", {S("nan")}), "nan");
  EXPECT_EQ(callRepr("float", {S("-Infinity")}), "-inf");
  EXPECT_EQ(callRepr("float", {S("1e500")}), "inf");
  EXPECT_EQ(callRepr("float", {S("1e-400")}), "0.0");
  EXPECT_EQ(callRepr("float", {S(" -0 ")}), "-0.0");
  EXPECT_EQ(callRepr("float", {S("1.e5")}), "100000.0");
  EXPECT_EQ(callRepr("float", {S("\xd9\xa1\xd9\xa2.\xd9\xa5")}), "12.5"); // Arabic-Indic digits
  EXPECT_EQ(raised([] { call("float", {S("1_")}); }),
            "ValueError: could not convert string to float: '1_'");
  EXPECT_EQ(raised([] { call("float", {S("0x10")}); }),
            "ValueError: could not convert string to float: '0x10'");
  EXPECT_EQ(raised([] { call("float", {op("**", I(10), I(400))}); }),
            "OverflowError: int too large to convert to float");
}

//===----------------------------------------------------------------------===//
// Comparisons, identity, membership
//===----------------------------------------------------------------------===//

TEST(RuntimeCompare, IntFloatExactBeyond2To53) {
  Value P53 = op("**", I(2), I(53));
  Value P53Plus1 = op("+", P53, I(1));
  EXPECT_EQ(ev("==", P53Plus1, F(9007199254740992.0)), "False");
  EXPECT_EQ(ev(">", P53Plus1, F(9007199254740992.0)), "True");
  EXPECT_EQ(ev("==", P53, F(9007199254740992.0)), "True");
  EXPECT_EQ(ev("<", F(1.0), op("**", I(10), I(400))), "True");
  EXPECT_EQ(ev("<", op("**", I(10), I(400)), F(Inf)), "True");
  EXPECT_EQ(ev("==", op("**", I(10), I(400)), F(Inf)), "False");
  EXPECT_EQ(ev("<", I(1), F(NaN)), "False");
  EXPECT_EQ(ev("!=", F(NaN), F(NaN)), "True");
  EXPECT_EQ(ev("==", I(1), F(1.0)), "True");
  EXPECT_EQ(ev("==", B(true), F(1.0)), "True");
  EXPECT_EQ(ev("<", I(1), B(true)), "False");
}

TEST(RuntimeCompare, SequencesAndStrings) {
  EXPECT_EQ(ev("<", L({I(1), I(2)}), L({I(1), I(2), I(3)})), "True");
  EXPECT_EQ(ev("<", T({I(1), S("a")}), T({I(1), S("b")})), "True");
  EXPECT_EQ(ev("==", L({I(1), I(2)}), L({I(1), F(2.0)})), "True");
  EXPECT_EQ(ev("==", T({I(1)}), L({I(1)})), "False");
  EXPECT_EQ(ev("<", S("Z"), S("a")), "True");
  EXPECT_EQ(ev("<", S("\xc3\xa9"), S("z")), "False");                // 'é' < 'z'
  EXPECT_EQ(ev(">", S("\xf0\x9f\x98\x80"), S("\xef\xbf\xbf")), "True"); // U+1F600 > U+FFFF
  EXPECT_EQ(ev("==", None(), I(0)), "False");
  EXPECT_EQ(raised([] { op("<", I(1), S("a")); }),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(raised([] { op(">", L({I(1)}), I(1)); }),
            "TypeError: '>' not supported between instances of 'list' and 'int'");
  EXPECT_EQ(raised([] { op("<", None(), None()); }),
            "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
}

TEST(RuntimeCompare, Identity) {
  EXPECT_EQ(ev("is", None(), None()), "True");
  EXPECT_EQ(ev("is", B(true), B(true)), "True");
  EXPECT_EQ(ev("is", I(1), I(1)), "True");
  EXPECT_EQ(ev("is", I(256), I(256)), "True");
  EXPECT_EQ(ev("is", I(1), B(true)), "False");
  EXPECT_EQ(ev("is", I(1), I(2)), "False");
  EXPECT_THROW(op("is", I(257), I(257)), UnsupportedError);
  EXPECT_THROW(op("is", S("ab"), S("ab")), UnsupportedError);
  Value Xs = L({I(1)});
  Value Alias = Xs;
  EXPECT_EQ(ev("is", Xs, Alias), "True");
  EXPECT_EQ(ev("is", Xs, L({I(1)})), "False");
  EXPECT_EQ(ev("isnot", Xs, L({I(1)})), "True");
  EXPECT_EQ(ev("is", T({}), T({})), "True");
}

TEST(RuntimeCompare, Membership) {
  EXPECT_EQ(ev("in", S("ell"), S("hello")), "True");
  EXPECT_EQ(ev("in", S(""), S("a")), "True");
  EXPECT_EQ(ev("in", I(2), L({I(1), I(2)})), "True");
  EXPECT_EQ(ev("in", F(2.0), Value::range(Int(0), Int(3))), "True");
  EXPECT_EQ(ev("in", F(2.5), Value::range(Int(0), Int(3))), "False");
  EXPECT_EQ(ev("in", B(true), Value::range(Int(0), Int(3))), "True");
  EXPECT_EQ(ev("notin", I(8), Value::range(Int(0), Int(10), Int(3))), "True");
  EXPECT_EQ(ev("in", I(9), Value::range(Int(0), Int(10), Int(3))), "True");
  EXPECT_EQ(raised([] { op("in", I(1), S("a")); }),
            "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(raised([] { op("in", I(1), I(5)); }), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(raised([] { op("in", L({}), Value::dict()); }), "TypeError: unhashable type: 'list'");
}

//===----------------------------------------------------------------------===//
// Sequences: concatenation, repetition, aliasing
//===----------------------------------------------------------------------===//

TEST(RuntimeSequence, ConcatenationAndRepetition) {
  EXPECT_EQ(ev("+", S("ab"), S("c")), "'abc'");
  EXPECT_EQ(ev("*", S("ab"), I(3)), "'ababab'");
  EXPECT_EQ(ev("*", I(2), L({I(1)})), "[1, 1]");
  EXPECT_EQ(ev("*", S("a"), I(-1)), "''");
  EXPECT_EQ(ev("*", L({I(1)}), I(-5)), "[]");
  EXPECT_EQ(ev("*", S("abc"), B(true)), "'abc'");
  EXPECT_EQ(ev("+", T({I(1)}), T({I(2)})), "(1, 2)");
  EXPECT_EQ(raised([] { op("+", I(1), S("a")); }),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_EQ(raised([] { op("+", S("a"), I(1)); }),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(raised([] { op("+", L({I(1)}), T({I(1)})); }),
            "TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_EQ(raised([] { op("*", S("ab"), F(2.0)); }),
            "TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(raised([] { op("**", I(1), S("a")); }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  EXPECT_EQ(raised([] { op("*", S("a"), op("**", I(10), I(30))); }),
            "OverflowError: cannot fit 'int' into an index-sized integer");
}

TEST(RuntimeSequence, ListAliasingWithInPlaceAdd) {
  Value Xs = L({I(1), I(2)});
  Value Ys = Xs; // ys = xs
  Value Result = op("+=", Ys, L({I(3)}));
  EXPECT_EQ(R(Xs), "[1, 2, 3]");
  EXPECT_EQ(ev("is", Result, Xs), "True");
  // += extends with any iterable.
  op("+=", Xs, S("ab"));
  EXPECT_EQ(R(Ys), "[1, 2, 3, 'a', 'b']");
  // xs += xs doubles it.
  Value Zs = L({I(1), I(2)});
  op("+=", Zs, Zs);
  EXPECT_EQ(R(Zs), "[1, 2, 1, 2]");
  // A plain + makes a new list.
  Value Sum = op("+", Xs, L({I(9)}));
  EXPECT_EQ(ev("is", Sum, Xs), "False");
  // Tuples: += builds a new tuple; the alias keeps the old one.
  Value T1 = T({I(1)});
  Value T2 = T1;
  T2 = op("+=", T2, T({I(2)}));
  EXPECT_EQ(R(T1), "(1,)");
  EXPECT_EQ(R(T2), "(1, 2)");
  // *= repeats the list in place.
  Value Ws = L({I(1), I(2)});
  Value WsAlias = Ws;
  op("*=", Ws, I(2));
  EXPECT_EQ(R(WsAlias), "[1, 2, 1, 2]");
  EXPECT_EQ(raised([] { op("+=", L({}), I(5)); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(raised([] { op("-=", S("a"), I(5)); }),
            "TypeError: unsupported operand type(s) for -=: 'str' and 'int'");
}

TEST(RuntimeSequence, IndexingAndSlicing) {
  Value Xs = L({I(1), I(2), I(3), I(4), I(5)});
  EXPECT_EQ(R(getItem(Xs, I(-1))), "5");
  EXPECT_EQ(R(getItem(Xs, B(true))), "2");
  EXPECT_EQ(R(getSlice(Xs, None(), None(), I(-2))), "[5, 3, 1]");
  EXPECT_EQ(R(getSlice(Xs, I(-1), I(-6), I(-2))), "[5, 3, 1]");
  EXPECT_EQ(R(getSlice(Xs, None(), I(-1), None())), "[1, 2, 3, 4]");
  EXPECT_EQ(R(getSlice(Xs, I(5), None(), None())), "[]");
  EXPECT_EQ(R(getSlice(Xs, op("**", I(10), I(30)), None(), None())), "[]");
  EXPECT_EQ(R(getSlice(S("hello"), None(), None(), I(-1))), "'olleh'");
  EXPECT_EQ(R(getSlice(S("abc"), I(-10), I(10), None())), "'abc'");
  EXPECT_EQ(R(getSlice(T({I(1), I(2), I(3)}), None(), None(), I(2))), "(1, 3)");
  Value R10 = Value::range(Int(0), Int(10));
  EXPECT_EQ(R(getSlice(R10, None(), None(), I(-1))), "range(9, -1, -1)");
  EXPECT_EQ(R(getSlice(R10, None(), None(), I(2))), "range(0, 10, 2)");
  EXPECT_EQ(R(getSlice(R10, I(2), I(5), None())), "range(2, 5)");
  EXPECT_EQ(R(getItem(Value::range(Int(0), Int(10), Int(3)), I(-1))), "9");
  EXPECT_EQ(raised([] { getItem(L({I(1)}), I(5)); }), "IndexError: list index out of range");
  EXPECT_EQ(raised([] { getItem(T({I(1)}), I(5)); }), "IndexError: tuple index out of range");
  EXPECT_EQ(raised([] { getItem(S("a"), I(5)); }), "IndexError: string index out of range");
  EXPECT_EQ(raised([] { getItem(Value::range(Int(0), Int(3)), I(5)); }),
            "IndexError: range object index out of range");
  EXPECT_EQ(raised([] { getItem(L({I(1)}), S("a")); }),
            "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(raised([] { getItem(S("a"), S("a")); }),
            "TypeError: string indices must be integers, not 'str'");
  EXPECT_EQ(raised([] { getItem(L({I(1)}), op("**", I(10), I(30))); }),
            "IndexError: cannot fit 'int' into an index-sized integer");
  EXPECT_EQ(raised([] { getItem(I(5), I(0)); }), "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(raised([] { getSlice(L({I(1)}), None(), None(), I(0)); }),
            "ValueError: slice step cannot be zero");
  EXPECT_EQ(raised([] { getSlice(L({I(1)}), S("a"), None(), None()); }),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST(RuntimeSequence, ItemAndSliceAssignment) {
  Value Xs = L({I(1), I(2), I(3)});
  setItem(Xs, I(-1), S("z"));
  EXPECT_EQ(R(Xs), "[1, 2, 'z']");
  setSlice(Xs, I(5), I(1), None(), L({I(9)}));
  EXPECT_EQ(R(Xs), "[1, 2, 'z', 9]");
  setSlice(Xs, None(), None(), I(2), S("ab"));
  EXPECT_EQ(R(Xs), "['a', 2, 'b', 9]");
  delSlice(Xs, None(), None(), I(2));
  EXPECT_EQ(R(Xs), "[2, 9]");
  delItem(Xs, I(0));
  EXPECT_EQ(R(Xs), "[9]");
  EXPECT_EQ(raised([] { setItem(L({I(1)}), I(3), I(1)); }),
            "IndexError: list assignment index out of range");
  EXPECT_EQ(raised([] { setItem(T({I(1)}), I(0), I(1)); }),
            "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(raised([] { setSlice(L({I(1), I(2), I(3)}), None(), None(), I(2), L({I(1)})); }),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
  EXPECT_EQ(raised([] { delItem(T({I(1)}), I(0)); }),
            "TypeError: 'tuple' object doesn't support item deletion");
  Value D = Value::dict();
  setItem(D, S("k"), I(1));
  EXPECT_EQ(R(D), "{'k': 1}");
  EXPECT_EQ(raised([&] { setItem(D, L({}), I(1)); }), "TypeError: unhashable type: 'list'");
}

TEST(RuntimeSequence, CodePointIndexing) {
  Value Hello = S("h\xc3\xa9llo"); // 'héllo'
  EXPECT_EQ(pyLen(Hello), 5u);
  EXPECT_EQ(R(getItem(Hello, I(1))), "'\xc3\xa9'");
  EXPECT_EQ(R(getItem(Hello, I(-1))), "'o'");
  EXPECT_EQ(R(getSlice(Hello, I(1), I(3), None())), "'\xc3\xa9l'");
  EXPECT_EQ(R(getSlice(Hello, None(), None(), I(-1))), "'oll\xc3\xa9h'");
  EXPECT_EQ(callRepr("list", {Hello}), "['h', '\xc3\xa9', 'l', 'l', 'o']");
  EXPECT_EQ(callRepr("ord", {getItem(Hello, I(1))}), "233");
  EXPECT_EQ(callRepr("chr", {I(0x1F600)}), "'\xf0\x9f\x98\x80'");
}

//===----------------------------------------------------------------------===//
// Dicts
//===----------------------------------------------------------------------===//

TEST(RuntimeDict, EqualNumbersAreOneKey) {
  Value D = Value::dict();
  setItem(D, I(1), S("a"));
  setItem(D, F(1.0), S("b"));
  setItem(D, B(true), S("c"));
  EXPECT_EQ(R(D), "{1: 'c'}");
  setItem(D, S("x"), I(2));
  setItem(D, T({I(1), I(2)}), None());
  EXPECT_EQ(R(D), "{1: 'c', 'x': 2, (1, 2): None}");
  EXPECT_EQ(R(getItem(D, T({F(1.0), I(2)}))), "None");
  delItem(D, S("x"));
  setItem(D, S("x"), I(3)); // re-inserted keys move to the end
  EXPECT_EQ(R(D), "{1: 'c', (1, 2): None, 'x': 3}");
  EXPECT_EQ(raised([&] { getItem(D, S("q")); }), "KeyError: 'q'");
  EXPECT_EQ(ev("==", D, D), "True");
  EXPECT_EQ(R(call("list", {D})), "[1, (1, 2), 'x']");
}

TEST(RuntimeDict, HashMatchesCPythonForNumbers) {
  EXPECT_EQ(hashValue(F(1.5)), 1152921504606846977);
  EXPECT_EQ(hashValue(I(-1)), -2);
  EXPECT_EQ(hashValue(op("**", I(2), I(61))), 1);
  EXPECT_EQ(hashValue(F(1e300)), 1224995262755759164);
  EXPECT_EQ(hashValue(F(2.0)), hashValue(I(2)));
}

//===----------------------------------------------------------------------===//
// repr and str
//===----------------------------------------------------------------------===//

TEST(RuntimeRepr, StrQuotingAndEscapes) {
  EXPECT_EQ(strRepr("abc"), "'abc'");
  EXPECT_EQ(strRepr("it's"), "\"it's\"");
  EXPECT_EQ(strRepr("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(strRepr("a'b\"c"), "'a\\'b\"c'");
  EXPECT_EQ(strRepr("\t\n\r\\ \x1b\x7f"), "'\\t\\n\\r\\\\ \\x1b\\x7f'");
  EXPECT_EQ(strRepr(std::string("\0", 1)), "'\\x00'");
  // Printable non-ASCII stays: 'é€😀'.
  EXPECT_EQ(strRepr("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"), "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'");
  // Non-printable: U+0080, U+00A0 (Zs), U+00AD (Cf), U+2028 (Zl), U+E0001
  // (Cf), U+D800 (lone surrogate), U+0378 (unassigned).
  std::string Odd;
  for (char32_t C : {0x80, 0xA0, 0xAD, 0x2028, 0xE0001, 0xD800, 0x378})
    unicode::appendUTF8(Odd, C);
  EXPECT_EQ(strRepr(Odd), "'\\x80\\xa0\\xad\\u2028\\U000e0001\\ud800\\u0378'");
  EXPECT_EQ(asciiRepr(S("\xc3\xa9")), "'\\xe9'");
}

TEST(RuntimeRepr, Containers) {
  EXPECT_EQ(R(L({I(1), S("a")})), "[1, 'a']");
  EXPECT_EQ(R(T({I(1)})), "(1,)");
  EXPECT_EQ(R(T({})), "()");
  Value D = Value::dict();
  setItem(D, S("a"), L({I(1), T({I(2)})}));
  EXPECT_EQ(R(D), "{'a': [1, (2,)]}");
  EXPECT_EQ(str(D), "{'a': [1, (2,)]}");
  EXPECT_EQ(R(Value::range(Int(0), Int(5))), "range(0, 5)");
  EXPECT_EQ(R(Value::range(Int(1), Int(5), Int(2))), "range(1, 5, 2)");
  EXPECT_EQ(R(None()), "None");
  EXPECT_EQ(R(B(false)), "False");
  EXPECT_EQ(str(S("x")), "x");
  EXPECT_EQ(R(Value::builtin("len")), "<built-in function len>");
  EXPECT_EQ(R(Value::builtin("int")), "<class 'int'>");
  EXPECT_EQ(R(Value::dictView(D.asDict(), DictViewKind::Items)), "dict_items([('a', [1, (2,)])])");
  Value Self = L({I(1)});
  Self.asList()->push_back(Self);
  EXPECT_EQ(R(Self), "[1, [...]]");
  Self.asList()->clear(); // break the reference cycle
  EXPECT_EQ(raised([] { repr(op("**", I(10), I(5000))); }),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit");
}

TEST(RuntimeRepr, UnicodeTables) {
  EXPECT_TRUE(unicode::isPrintable(' '));
  EXPECT_FALSE(unicode::isPrintable(0xA0));
  EXPECT_TRUE(unicode::isPrintable(0xE9));
  EXPECT_FALSE(unicode::isPrintable(0x378));
  EXPECT_TRUE(unicode::isPrintable(0x1F600));
  EXPECT_TRUE(unicode::isSpace(0x2003));
  EXPECT_EQ(unicode::decimalValue(0x0663), 3); // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(unicode::decimalValue('x'), -1);
  EXPECT_EQ(unicode::toUpper(0xDF), "SS"); // 'ß'.upper()
}

//===----------------------------------------------------------------------===//
// Builtins
//===----------------------------------------------------------------------===//

TEST(RuntimeBuiltins, IntConversions) {
  EXPECT_EQ(callRepr("int", {S("  12 ")}), "12");
  EXPECT_EQ(callRepr("int", {S("1_000")}), "1000");
  EXPECT_EQ(callRepr("int", {F(3.9)}), "3");
  EXPECT_EQ(callRepr("int", {F(-3.9)}), "-3");
  EXPECT_EQ(callRepr("int", {S("0x10"), I(0)}), "16");
  EXPECT_EQ(callRepr("int", {S("z"), I(36)}), "35");
  EXPECT_EQ(callRepr("int", {S("\xd9\xa1\xd9\xa2")}), "12"); // '١٢'
  EXPECT_EQ(callRepr("int", {S("9999999999999999999")}), "9999999999999999999");
  EXPECT_EQ(raised([] { call("int", {F(Inf)}); }),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(raised([] { call("int", {F(NaN)}); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(raised([] { call("int", {S("abc")}); }),
            "ValueError: invalid literal for int() with base 10: 'abc'");
  EXPECT_EQ(raised([] { call("int", {S("1__0")}); }),
            "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_EQ(raised([] { call("int", {S("010"), I(0)}); }),
            "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(raised([] { call("int", {L({})}); }),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, "
            "not 'list'");
}

TEST(RuntimeBuiltins, RoundHalfEven) {
  EXPECT_EQ(callRepr("round", {F(2.5)}), "2");
  EXPECT_EQ(callRepr("round", {F(3.5)}), "4");
  EXPECT_EQ(callRepr("round", {F(-2.5)}), "-2");
  EXPECT_EQ(callRepr("round", {F(0.5)}), "0");
  EXPECT_EQ(callRepr("round", {F(2.675), I(2)}), "2.67");
  EXPECT_EQ(callRepr("round", {F(0.125), I(2)}), "0.12");
  EXPECT_EQ(callRepr("round", {F(0.375), I(2)}), "0.38");
  EXPECT_EQ(callRepr("round", {F(2.5), I(0)}), "2.0");
  EXPECT_EQ(callRepr("round", {F(-0.4), I(0)}), "-0.0");
  EXPECT_EQ(callRepr("round", {F(1234.5), I(-2)}), "1200.0");
  EXPECT_EQ(callRepr("round", {F(123.456), I(-1)}), "120.0");
  EXPECT_EQ(callRepr("round", {F(1.5e-5), I(6)}), "1.5e-05");
  EXPECT_EQ(callRepr("round", {F(5e-324), I(400)}), "5e-324");
  EXPECT_EQ(callRepr("round", {I(1250), I(-2)}), "1200");
  EXPECT_EQ(callRepr("round", {I(1350), I(-2)}), "1400");
  EXPECT_EQ(callRepr("round", {I(-1250), I(-2)}), "-1200");
  EXPECT_EQ(callRepr("round", {I(7), I(2)}), "7");
  EXPECT_EQ(raised([] { call("round", {F(1.7976931348623157e308), I(-308)}); }),
            "OverflowError: rounded value too large to represent");
  EXPECT_EQ(raised([] { call("round", {F(Inf)}); }),
            "OverflowError: cannot convert float infinity to integer");
}

TEST(RuntimeBuiltins, PrintAndFriends) {
  std::string Out;
  Value Xs = L({I(1), S("b")});
  callBuiltin("print", {I(1), S("a"), Xs, None(), F(1.0)}, Out);
  EXPECT_EQ(Out, "1 a [1, 'b'] None 1.0\n");
  BuiltinContext Ctx{Out, nullptr};
  Out.clear();
  callBuiltin("print", {I(1), I(2)}, {{"sep", S("")}, {"end", S("!")}}, Ctx);
  EXPECT_EQ(Out, "12!");
  EXPECT_EQ(callRepr("len", {S("h\xc3\xa9llo")}), "5");
  EXPECT_EQ(callRepr("len", {Value::range(Int(0), Int(10), Int(3))}), "4");
  EXPECT_EQ(callRepr("str", {F(1e16)}), "'1e+16'");
  EXPECT_EQ(callRepr("abs", {F(-0.0)}), "0.0");
  EXPECT_EQ(callRepr("sum", {L({F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1),
                                F(0.1), F(0.1)})}),
            "0.9999999999999999");
  EXPECT_EQ(callRepr("sorted", {L({I(3), F(1.0), I(2), B(true)})}), "[1.0, True, 2, 3]");
  EXPECT_EQ(callRepr("min", {L({I(1), F(1.0)})}), "1");
  EXPECT_EQ(callRepr("max", {S("a"), S("b")}), "'b'");
  EXPECT_EQ(callRepr("list", {Value::range(Int(10), Int(0), Int(-3))}), "[10, 7, 4, 1]");
  EXPECT_EQ(callRepr("divmod", {I(7), I(2)}), "(3, 1)");
  EXPECT_EQ(callRepr("bool", {L({})}), "False");
  EXPECT_EQ(callRepr("isinstance", {B(true), Value::builtin("int")}), "True");
  EXPECT_EQ(raised([] { call("len", {I(5)}); }), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(raised([] { call("min", {L({})}); }), "ValueError: min() arg is an empty sequence");
  EXPECT_EQ(raised([] { call("sum", {L({S("a")}), S("")}); }),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(raised([] { call("sorted", {L({I(1), S("a")})}); }).substr(0, 9), "TypeError");
  EXPECT_EQ(raised([] { call("range", {F(1.0)}); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(raised([] { call("len", {}); }), "TypeError: len() takes exactly one argument (0 given)");
  EXPECT_TRUE(isBuiltinName("print"));
  EXPECT_FALSE(isBuiltinName("open"));
}

TEST(RuntimeBuiltins, Formatting) {
  EXPECT_EQ(formatValue(F(1234567.891), ",.2f"), "1,234,567.89");
  EXPECT_EQ(formatValue(I(-42), "#010x"), "-0x000002a");
  EXPECT_EQ(formatValue(F(0.1 + 0.2), ""), "0.30000000000000004");
  EXPECT_EQ(formatValue(F(1234.5), ".2"), "1.2e+03");
  EXPECT_EQ(formatValue(I(1234), "08,"), "0,001,234");
  EXPECT_EQ(formatValue(S("x"), "*^6"), "**x***");
  EXPECT_EQ(percentFormat("%5.2f|%-4d|%s", T({F(3.14159), I(7), S("x")})), " 3.14|7   |x");
  EXPECT_EQ(R(op("%", S("%d%%"), I(5))), "'5%'");
  EXPECT_EQ(raised([] { formatValue(S("a"), "d"); }),
            "ValueError: Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(raised([] { percentFormat("%d %d", T({I(1)})); }),
            "TypeError: not enough arguments for format string");
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

namespace {
Value method(const Value &Self, const char *Name, std::vector<Value> Args,
             const KeywordArgs &Kw = {}) {
  std::string Out;
  BuiltinContext Ctx{Out, nullptr};
  return callMethod(Self, Name, std::move(Args), Kw, Ctx);
}
} // namespace

TEST(RuntimeMethods, Strings) {
  EXPECT_EQ(R(method(S("  a b  c "), "split", {})), "['a', 'b', 'c']");
  EXPECT_EQ(R(method(S("a,b,,c"), "split", {S(","), I(1)})), "['a', 'b,,c']");
  EXPECT_EQ(R(method(S("a b c"), "rsplit", {None(), I(1)})), "['a b', 'c']");
  EXPECT_EQ(R(method(S("abc"), "replace", {S(""), S("-")})), "'-a-b-c-'");
  EXPECT_EQ(R(method(S("h\xc3\xa9llo"), "find", {S("l")})), "2");
  EXPECT_EQ(R(method(S("-42"), "zfill", {I(6)})), "'-00042'");
  EXPECT_EQ(R(method(S("ab"), "center", {I(7), S("*")})), "'***ab**'");
  EXPECT_EQ(R(method(S("xxhixx"), "strip", {S("x")})), "'hi'");
  EXPECT_EQ(R(method(S("\xc3\x9f"), "upper", {})), "'SS'");
  EXPECT_EQ(R(method(S("ABC1"), "isupper", {})), "True");
  EXPECT_EQ(R(method(S("Ab1"), "isupper", {})), "False");
  EXPECT_EQ(R(method(S("-"), "join", {L({S("a"), S("b")})})), "'a-b'");
  EXPECT_EQ(R(method(S("{:>{}}|{!r:^7}|"), "format", {S("a"), I(4), S("b")})), "\"   a|  'b'  |\"");
  EXPECT_EQ(raised([] { method(S("a"), "join", {L({I(1)})}); }),
            "TypeError: sequence item 0: expected str instance, int found");
  EXPECT_EQ(raised([] { method(S("abc"), "index", {S("z")}); }), "ValueError: substring not found");
  EXPECT_EQ(raised([] { method(S("a"), "foo", {}); }),
            "AttributeError: 'str' object has no attribute 'foo'");
}

TEST(RuntimeMethods, ListsAndDicts) {
  Value Xs = L({I(3), I(1), I(2)});
  Value Alias = Xs;
  method(Xs, "append", {I(0)});
  method(Xs, "sort", {}, {{"reverse", B(true)}});
  EXPECT_EQ(R(Alias), "[3, 2, 1, 0]");
  EXPECT_EQ(R(method(Xs, "pop", {})), "0");
  EXPECT_EQ(raised([] { method(L({I(1)}), "remove", {I(5)}); }),
            "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(raised([] { method(L({I(1)}), "index", {I(5)}); }), "ValueError: 5 is not in list");
  EXPECT_EQ(raised([] { method(L({}), "pop", {}); }), "IndexError: pop from empty list");
  Value D = Value::dict();
  setItem(D, S("b"), I(1));
  setItem(D, S("a"), I(2));
  EXPECT_EQ(R(method(D, "keys", {})), "dict_keys(['b', 'a'])");
  EXPECT_EQ(callRepr("sorted", {method(D, "keys", {})}), "['a', 'b']");
  EXPECT_EQ(R(method(D, "get", {S("z"), I(0)})), "0");
  EXPECT_EQ(raised([] { method(Value::dict(), "popitem", {}); }),
            "KeyError: 'popitem(): dictionary is empty'");
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

TEST(RuntimeJSON, BigIntegersStayExact) {
  Value V = valueFromJSONText("[123456789012345678901234567890, -9223372036854775809, "
                              "18446744073709551615, 1.5e3, -0.0, \"h\\u00e9\", {\"a\": null}]");
  EXPECT_EQ(R(V), "[123456789012345678901234567890, -9223372036854775809, 18446744073709551615, "
                  "1500.0, -0.0, 'h\xc3\xa9', {'a': None}]");
  // Beyond the double range too (nlohmann's own parser reports an overflow).
  std::string Huge(400, '7');
  EXPECT_EQ(R(valueFromJSONText(Huge)), Huge);
  EXPECT_EQ(R(valueFromJSONText("[NaN, -Infinity, 1e400]")), "[nan, -inf, inf]");
  EXPECT_EQ(R(valueFromJSONText("{\"a\": 1, \"b\": 2, \"a\": 3}")), "{'a': 3, 'b': 2}");
  EXPECT_THROW(valueFromJSONText("[1,]"), std::invalid_argument);
  EXPECT_THROW(valueFromJSONText("01"), std::invalid_argument);

  Value P100 = op("**", I(2), I(100));
  nlohmann::json C = valueToTraceConstant(P100);
  EXPECT_EQ(C.dump(), R"({"kind":"integer","value":"1267650600228229401496703205376"})");
  EXPECT_EQ(R(valueFromTraceConstant(C)), "1267650600228229401496703205376");
  EXPECT_EQ(valueToTraceConstant(I(5)).dump(), R"({"kind":"integer","value":5})");
  EXPECT_EQ(valueToTraceConstant(F(-Inf)).dump(), R"({"kind":"number","value":"-inf"})");
  EXPECT_EQ(valueToTraceConstant(F(1.5)).dump(), R"({"kind":"number","value":1.5})");
  EXPECT_EQ(valueToTraceConstant(None()).dump(), R"({"kind":"none"})");
  EXPECT_EQ(R(valueFromTraceConstant(nlohmann::json::parse(R"({"kind":"number","value":"nan"})"))),
            "nan");
  EXPECT_THROW(valueToTraceConstant(L({})), std::invalid_argument);

  EXPECT_EQ(valueToJSON(L({I(1), T({S("a")}), None()}))->dump(), R"([1,["a"],null])");
  EXPECT_FALSE(valueToJSON(F(NaN)).has_value());
  EXPECT_FALSE(valueToJSON(P100).has_value());
  Value D = Value::dict();
  setItem(D, S("b"), I(1));
  setItem(D, S("a"), I(2));
  EXPECT_EQ(valueToOrderedJSON(D)->dump(), R"({"b":1,"a":2})");
  // Keys as json.dumps converts them.
  Value K = Value::dict();
  setItem(K, I(-3), S("i"));
  setItem(K, Value::boolean(true), S("t"));
  setItem(K, Value::boolean(false), S("f"));
  setItem(K, None(), S("n"));
  setItem(K, F(1.5), S("x"));
  setItem(K, F(1e16), S("y"));
  setItem(K, F(-INFINITY), S("z"));
  EXPECT_EQ(valueToOrderedJSON(K)->dump(),
            R"({"-3":"i","true":"t","false":"f","null":"n","1.5":"x","1e+16":"y","-Infinity":"z"})");
  setItem(D, I(1), I(2));
  EXPECT_EQ(valueToOrderedJSON(D)->dump(), R"({"b":1,"a":2,"1":2})");
  setItem(D, S("1"), I(3)); // json.dumps would write "1" twice
  EXPECT_FALSE(valueToJSON(D).has_value());
  Value TupleKey = Value::dict();
  setItem(TupleKey, T({I(1)}), I(1));
  EXPECT_FALSE(valueToJSON(TupleKey).has_value());
  Value BigKey = Value::dict();
  setItem(BigKey, P100, I(1));
  EXPECT_FALSE(valueToJSON(BigKey).has_value());
}

// Values nested far deeper than a recursive free allows (`x = [x]` in a loop)
// are freed without recursion, as CPython's trashcan does (Value.cpp).
TEST(RuntimeValue, DeepNestingIsFreedWithoutRecursion) {
  const int N = 300000;
  Value X = Value::list();
  for (int I = 0; I < N; ++I)
    X = Value::list({X});
  Value T = Value::tuple();
  for (int I = 0; I < N; ++I)
    T = Value::tuple({Value::integer(int64_t(I)), T});
  Value D = Value::dict();
  for (int I = 0; I < N; ++I) {
    Value Outer = Value::dict();
    Outer.asDict()->set(Value::str("k"), D);
    D = Outer;
  }
  // A shared item outlives the nest that holds it.
  Value Shared = Value::list({Value::integer(int64_t(7))});
  Value Mixed = Value::list({Shared, Value::tuple({Shared, D})});
  D = Value::none();
  X = Value::none();
  T = Value::none();
  Mixed = Value::none();
  ASSERT_EQ(Shared.asList()->size(), 1u);
  EXPECT_EQ(Shared.asList()->front().asInt(), Int(7));
}

// Result-line JSON forms stop at ValueJSONMaxDepth levels (as the compiled
// runtime's json.rs), without recursing through the whole nest.
TEST(RuntimeValue, JSONFormOfDeepValues) {
  Value X = Value::list();
  for (size_t I = 0; I < ValueJSONMaxDepth; ++I)
    X = Value::list({X});
  ASSERT_TRUE(valueToJSON(X).has_value());
  EXPECT_FALSE(valueToJSON(Value::list({X})).has_value());
  for (int I = 0; I < 300000; ++I)
    X = Value::list({X});
  EXPECT_FALSE(valueToOrderedJSON(X).has_value());
}

/// Every cached fact of \p V's str object agrees with a str made from its text.
static void expectStrIndexExact(const Value &V) {
  const StrObject &Got = V.strObject();
  Value Fresh = Value::str(V.asStr());
  const StrObject &Want = Fresh.strObject();
  EXPECT_EQ(Got.Length, Want.Length);
  EXPECT_EQ(Got.ASCII, Want.ASCII);
  EXPECT_EQ(Got.Checkpoints, Want.Checkpoints);
  for (size_t K = 0; K <= Got.Length; ++K)
    EXPECT_EQ(Got.byteOffsetOf(K), Want.byteOffsetOf(K)) << K;
}

TEST(RuntimeStr, AppendInPlaceKeepsTheIndexExact) {
  const char *Pieces[] = {"", "a", "\xc3\xa9", "bc", "\xf0\x9d\x84\x9e", "xyz", "\xe2\x82\xac"};
  Value Text = S("");
  std::string Want;
  for (int Round = 0; Round < 150; ++Round) {
    const char *P = Pieces[Round % 7];
    // ASCII for the first 40 rounds, so the text turns non-ASCII after many code points.
    if (Round < 40)
      P = Round % 2 ? "ab" : "c";
    ASSERT_TRUE(Text.appendToUnsharedStr(S(P)));
    Want += P;
    ASSERT_EQ(Text.asStr(), Want);
    expectStrIndexExact(Text);
  }
}

TEST(RuntimeStr, AppendNeverChangesASharedStr) {
  Value Text = S("ab\xc3\xa9");
  Value Alias = Text;
  EXPECT_FALSE(Text.appendToUnsharedStr(S("x")));
  EXPECT_EQ(Alias.asStr(), "ab\xc3\xa9");
  Value Items = L({Text});
  Alias = Value();
  EXPECT_FALSE(Text.appendToUnsharedStr(S("x"))); // the list item holds it
  Items = Value();
  EXPECT_FALSE(Text.appendToUnsharedStr(Text)); // `s += s`: Tail is the same object
  EXPECT_TRUE(Text.appendToUnsharedStr(S("x")));
  EXPECT_EQ(Text.asStr(), "ab\xc3\xa9x");
  expectStrIndexExact(Text);
}
