//===- Operators.h - Python arithmetic operators ----------------*- C++ -*-===//
//
// Binary and unary operators and truthiness with CPython 3.11 semantics:
// arbitrary-precision ints, ints floor-divided toward negative infinity,
// correctly rounded int/int true division, float // and % as CPython's
// float_floor_div / float_rem, sequence concatenation and repetition, and
// the same TypeError / ZeroDivisionError / OverflowError / ValueError texts.
//
// Comparisons live in Compare.h, subscripts in Subscript.h.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_OPERATORS_H
#define PYCTL_RUNTIME_OPERATORS_H

#include "pyctl/Runtime/Compare.h"
#include "pyctl/Runtime/Value.h"

#include <optional>
#include <string_view>

namespace pyctl {

/// A binary arithmetic operator.
enum class BinaryOp : uint8_t {
  Add,      ///< +
  Sub,      ///< -
  Mul,      ///< *
  TrueDiv,  ///< /
  FloorDiv, ///< //
  Mod,      ///< %
  Pow,      ///< **
  LShift,   ///< <<
  RShift,   ///< >>
  BitAnd,   ///< &
  BitOr,    ///< |
  BitXor    ///< ^
};

/// A unary operator.
enum class UnaryOp : uint8_t { Neg, Pos, Not, Invert };

/// The operator's Python spelling ("+", "//", "**", ...).
std::string_view spelling(BinaryOp Op);
/// The operator's Python spelling ("-", "+", "not", "~").
std::string_view spelling(UnaryOp Op);
/// The binary operator spelled \p S, or nullopt.
std::optional<BinaryOp> binaryOpFromSpelling(std::string_view S);
/// The unary operator spelled \p S, or nullopt.
std::optional<UnaryOp> unaryOpFromSpelling(std::string_view S);

/// `A op B` for an arithmetic operator, following CPython 3.11:
/// - int/bool with int/bool: exact int arithmetic (& | ^ of two bools give a
///   bool); `/` is correctly rounded; `//` and `%` floor; `**` with a negative
///   exponent is float power; ZeroDivisionError "division by zero",
///   "integer division or modulo by zero", "integer modulo by zero",
///   "0.0 cannot be raised to a negative power"; ValueError "negative shift
///   count".
/// - a float with a number: the int side is converted (OverflowError "int
///   too large to convert to float"); `//`, `%` as float_floor_div /
///   float_rem (ZeroDivisionError "float floor division by zero", "float
///   modulo", "float division by zero"); `**` as float_pow (OverflowError
///   "(34, 'Numerical result out of range')").
/// - str + str, list + list, tuple + tuple concatenate (TypeError
///   `can only concatenate str (not "int") to str` otherwise); sequence * int
///   and int * sequence repeat (count <= 0 gives empty; TypeError "can't
///   multiply sequence by non-int of type 'float'"; OverflowError "cannot fit
///   'int' into an index-sized integer" for counts beyond 64 bits).
/// - str % args: printf-style formatting (see Format.h).
/// - dict | dict: a new merged dict (PEP 584).
/// - anything else: TypeError "unsupported operand type(s) for +: 'int' and
///   'str'" ("for ** or pow()" for **).
/// Throws UnsupportedError for complex results (negative float to a
/// fractional power) and results too large to build.
Value binaryOp(BinaryOp Op, const Value &A, const Value &B);

/// The augmented assignment `A op= B`: for a list, `+=` extends it in place
/// with the items of any iterable B (TypeError "'int' object is not
/// iterable") and `*=` repeats it in place; the result is then A itself (the
/// same list object). For a dict, `|=` updates it in place from a dict or
/// an iterable of pairs and returns A. For every other operand it is
/// binaryOp(Op, A, B) (TypeError messages spell the operator "+=").
Value inplaceOp(BinaryOp Op, const Value &A, const Value &B);

/// `op V`: -, + on numbers (bool becomes int), ~ on int/bool, `not` on
/// anything. TypeError "bad operand type for unary -: 'str'" otherwise.
Value unaryOp(UnaryOp Op, const Value &V);

/// Python truthiness: False for None, False, 0, 0.0, -0.0, empty str, list,
/// tuple, dict, dict view and empty range; True otherwise.
bool truthy(const Value &V);

/// Applies a binary operator in the trace spelling (docs/trace-format.md):
/// arithmetic ("+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<",
/// ">>"), comparison ("==", "!=", "<", "<=", ">", ">=", "in", "notin", "is",
/// "isnot", also "not in" and "is not"), and "+=" (inplaceOp Add); the other
/// augmented spellings ("-=", "*=", ...) are accepted too. `and` / `or`
/// short-circuit and must be handled by the caller: they (and unknown
/// spellings) throw std::invalid_argument.
Value applyBinaryOperator(std::string_view Op, const Value &A, const Value &B);

} // namespace pyctl

#endif // PYCTL_RUNTIME_OPERATORS_H
