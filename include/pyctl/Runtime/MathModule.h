//===- MathModule.h - The functions of CPython's math module ----*- C++ -*-===//
//
// `import math` / `from math import ...`: the front end spells every use of a
// math function `math.NAME` (a builtin name), and its constants as float
// literals. Results equal CPython 3.11's bit for bit: sqrt, floor, ceil and
// fabs are exact; sin, cos, exp and log call the C library, as CPython does.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_RUNTIME_MATHMODULE_H
#define PYCTL_RUNTIME_MATHMODULE_H

#include "pyctl/Runtime/Builtins.h"

#include <optional>
#include <string_view>

namespace pyctl {

/// True when \p Name is a supported math function spelled "math.NAME":
/// math.sqrt floor ceil sin cos log fabs exp.
bool isMathFunction(std::string_view Name);

/// The value of math constant \p Attr ("pi", "e", "tau", "inf"), or nullopt
/// for another name. (math.nan is left out: CPython's containers compare one
/// NaN object equal to itself, which a literal NaN would not reproduce.)
std::optional<double> mathConstant(std::string_view Attr);

/// Calls math function \p Name ("math.sqrt", ...) as CPython 3.11 does:
/// - arguments are converted like PyFloat_AsDouble: int/bool exactly rounded
///   (OverflowError "int too large to convert to float"), float as is, other
///   types TypeError "must be real number, not str";
/// - sqrt, sin, cos, fabs, exp follow math_1: a NaN result from a non-NaN
///   argument or an infinite result from a finite one raises ValueError
///   "math domain error" (exp: OverflowError "math range error");
/// - floor/ceil return an int: ints (and bools) unchanged, floats exactly
///   (OverflowError / ValueError for inf / nan);
/// - log(x[, base]): ints <= 0 and floats <= 0 raise ValueError "math domain
///   error"; ints too large for a float use their binary exponent (CPython's
///   loghelper); with a base, log(x)/log(base), ZeroDivisionError "float
///   division by zero" when log(base) is 0.
/// Wrong argument counts and keywords raise CPython's TypeErrors, keywords
/// first: "math.sqrt() takes no keyword arguments", "math.sqrt() takes
/// exactly one argument (2 given)"; for log (METH_VARARGS) "log() takes no
/// keyword arguments", "math.log requires 1 to 2 arguments". Throws
/// std::invalid_argument for an unknown name.
Value callMathFunction(std::string_view Name, std::vector<Value> &Args, const KeywordArgs &Kwargs);

} // namespace pyctl

#endif
