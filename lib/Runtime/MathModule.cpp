//===- MathModule.cpp - The functions of CPython's math module ------------===//
#include "pyctl/Runtime/MathModule.h"
#include "pyctl/Runtime/ArgParse.h"

#include "pyctl/Runtime/PythonError.h"

#include <gmpxx.h>

#include <cerrno>
#include <cmath>
#include <stdexcept>

namespace pyctl {

namespace {

const std::string_view MathFunctions[] = {"math.sqrt", "math.floor", "math.ceil", "math.sin",
                                          "math.cos",  "math.log",   "math.fabs", "math.exp"};

[[noreturn]] void domainError() { throw PythonError("ValueError", "math domain error"); }

/// PyFloat_AsDouble for the types pyctl has.
double toDouble(const Value &V) {
  if (V.isFloat())
    return V.asFloat();
  if (V.isIntegral())
    return V.toInt().toDouble();
  throwTypeError("must be real number, not " + std::string(typeName(V)));
}

/// CPython's math_1: \p Fn applied to the argument, with its error checks.
Value math1(const Value &Arg, double (*Fn)(double), bool CanOverflow) {
  double X = toDouble(Arg);
  errno = 0;
  double R = Fn(X);
  if (std::isnan(R) && !std::isnan(X))
    domainError();
  if (std::isinf(R) && std::isfinite(X)) {
    if (CanOverflow)
      throw PythonError("OverflowError", "math range error");
    domainError();
  }
  return Value::floating(R);
}

/// CPython's m_log: log(x) with math domain errors for x <= 0 and -inf.
double mLog(double X) {
  if (std::isfinite(X)) {
    if (X > 0.0)
      return std::log(X);
    domainError();
  }
  if (std::isnan(X) || X > 0)
    return X;
  domainError();
}

/// CPython's loghelper: the natural log of an int of any size or a float.
double logHelper(const Value &Arg) {
  if (!Arg.isIntegral())
    return mLog(toDouble(Arg));
  Int N = Arg.toInt();
  if (N.sign() <= 0)
    domainError();
  if (N.bitLength() <= 1024) {
    try {
      return std::log(N.toDouble());
    } catch (const PythonError &) {
      // rounds to 2**1024: handled below, as CPython does on OverflowError
    }
  }
  // Too large for a double: N = X * 2**E with X in [0.5, 1) rounded to 53
  // bits, ties to even (_PyLong_Frexp); log(N) = log(X) + log(2) * E.
  mpz_class M = N.toMpz();
  long E = long(N.bitLength());
  mpz_class Q = M >> (E - 53);
  mpz_class Rem = M - (Q << (E - 53));
  mpz_class Half = mpz_class(1) << (E - 54);
  if (Rem > Half || (Rem == Half && mpz_odd_p(Q.get_mpz_t())))
    ++Q;
  double X = std::ldexp(Q.get_d(), -53);
  if (X == 1.0) {
    X = 0.5;
    ++E;
  }
  return std::log(X) + std::log(2.0) * double(E);
}

/// floor/ceil: ints unchanged, floats to the exact int.
Value roundToInt(const Value &Arg, double (*Fn)(double)) {
  if (Arg.isIntegral())
    return Value::integer(Arg.toInt());
  return Value::integer(Int::fromDouble(Fn(toDouble(Arg))));
}

double cFloor(double X) { return std::floor(X); }
double cCeil(double X) { return std::ceil(X); }
double cSqrt(double X) { return std::sqrt(X); }
double cSin(double X) { return std::sin(X); }
double cCos(double X) { return std::cos(X); }
double cFabs(double X) { return std::fabs(X); }
double cExp(double X) { return std::exp(X); }

} // namespace

bool isMathFunction(std::string_view Name) {
  for (std::string_view F : MathFunctions)
    if (F == Name)
      return true;
  return false;
}

std::optional<double> mathConstant(std::string_view Attr) {
  if (Attr == "pi")
    return 3.141592653589793;
  if (Attr == "e")
    return 2.718281828459045;
  if (Attr == "tau")
    return 6.283185307179586;
  if (Attr == "inf")
    return HUGE_VAL;
  return std::nullopt;
}

Value callMathFunction(std::string_view Name, std::vector<Value> &A, const KeywordArgs &Kw) {
  if (!isMathFunction(Name))
    throw std::invalid_argument("not a math function: " + std::string(Name));
  std::string Short(Name.substr(5));
  // math.log is METH_VARARGS (its messages name "log" and "math.log"); the
  // others are METH_O ("math.sqrt() ...").
  rejectKeywords(Short == "log" ? Short : std::string(Name), Kw);
  if (Short == "log") {
    if (A.empty() || A.size() > 2)
      throwTypeError("math.log requires 1 to 2 arguments");
    double Num = logHelper(A[0]);
    if (A.size() == 1)
      return Value::floating(Num);
    double Den = logHelper(A[1]);
    if (Den == 0.0)
      throw PythonError("ZeroDivisionError", "float division by zero");
    return Value::floating(Num / Den);
  }
  if (A.size() != 1)
    throwTypeError(std::string(Name) + "() takes exactly one argument (" + std::to_string(A.size()) + " given)");
  if (Short == "floor")
    return roundToInt(A[0], cFloor);
  if (Short == "ceil")
    return roundToInt(A[0], cCeil);
  if (Short == "sqrt")
    return math1(A[0], cSqrt, false);
  if (Short == "sin")
    return math1(A[0], cSin, false);
  if (Short == "cos")
    return math1(A[0], cCos, false);
  if (Short == "fabs")
    return math1(A[0], cFabs, false);
  return math1(A[0], cExp, true);
}

} // namespace pyctl
