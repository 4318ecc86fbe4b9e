//===- Int.h - Arbitrary-precision Python int -------------------*- C++ -*-===//
//
// Python's `int`: a signed integer of unbounded size. Values that fit in
// int64_t are stored inline; larger ones in an immutable, shared GMP mpz_class,
// so copying an Int is always cheap. The representation is canonical: an Int
// holds a big number only when the value does not fit in int64_t.
//
// This class implements the integer arithmetic itself. Division by zero and
// other Python-level errors are the caller's business (see Operators.h) except
// where noted: the functions document the PythonError they raise.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_INT_H
#define PYCTL_RUNTIME_INT_H

#include <gmpxx.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pyctl {

/// An immutable arbitrary-precision integer with Python semantics.
class Int {
public:
  /// Zero.
  Int() = default;
  /// The value \p V.
  Int(int64_t V) : Small(V) {} // NOLINT: implicit, an int64_t is an Int.
  /// The value \p V (stored inline when it fits in int64_t).
  explicit Int(const mpz_class &V);

  /// Parses an integer literal the way CPython's `int(text, base)` does after
  /// stripping whitespace: optional sign, digits of \p Base (2..36, or 0 to
  /// take the base from a 0x/0o/0b prefix, where a non-zero decimal may not
  /// start with 0), single underscores between digits (and after a base
  /// prefix). \p Text must already have Unicode digits mapped to ASCII.
  /// Returns nullopt when the text is not a valid literal. Raises ValueError
  /// ("Exceeds the limit (4300 digits) ...") for decimal-like bases (not a
  /// power of two) when there are more than 4300 digits, as CPython 3.11.7.
  static std::optional<Int> parse(std::string_view Text, int Base);

  /// Parses an optional '-' and one or more ASCII decimal digits, nothing
  /// else, without any length limit (for pyctl's own formats, e.g. big ints
  /// in traces). Returns nullopt for any other text.
  static std::optional<Int> parseDecimal(std::string_view Text);

  /// The integer part of \p D, exactly (truncation toward zero, like
  /// CPython's `int(float)`). Raises OverflowError "cannot convert float
  /// infinity to integer" for +-inf and ValueError "cannot convert float NaN
  /// to integer" for NaN.
  static Int fromDouble(double D);

  /// True when the value fits in int64_t.
  bool isSmall() const { return !Big; }
  /// The value when it fits in int64_t.
  std::optional<int64_t> toInt64() const {
    if (Big)
      return std::nullopt;
    return Small;
  }
  /// The value as a GMP integer.
  mpz_class toMpz() const;
  /// -1, 0 or 1.
  int sign() const;
  /// True for 0.
  bool isZero() const { return !Big && Small == 0; }
  /// True for odd values.
  bool isOdd() const;
  /// Number of bits of |value| (Python's int.bit_length()).
  uint64_t bitLength() const;

  /// The nearest double, ties to even (CPython's PyLong_AsDouble / float(int)).
  /// Raises OverflowError "int too large to convert to float" when the
  /// rounded magnitude is 2**1024 or more.
  double toDouble() const;

  /// Decimal text with a leading '-' for negatives, without any length limit.
  std::string toDecimalString() const;
  /// CPython's `repr(int)`: decimal text; raises ValueError "Exceeds the
  /// limit (4300 digits) for integer string conversion; use
  /// sys.set_int_max_str_digits() to increase the limit" beyond 4300 digits.
  std::string repr() const;

  /// CPython's hash(int): the value modulo 2**61-1 with the sign kept, and
  /// -1 mapped to -2. Equal numbers (1, 1.0, True) hash equally.
  int64_t pythonHash() const;

  /// Three-way comparison: negative, zero or positive as A <, ==, > B.
  static int compare(const Int &A, const Int &B);
  /// Exact three-way comparison of the integer with a finite double \p D
  /// (CPython's float/int rich comparison, exact even beyond 2**53).
  int compareWithDouble(double D) const;

  /// Exact sum.
  friend Int operator+(const Int &A, const Int &B);
  /// Exact difference.
  friend Int operator-(const Int &A, const Int &B);
  /// Exact product.
  friend Int operator*(const Int &A, const Int &B);
  /// Negation.
  Int operator-() const;
  /// Absolute value.
  Int abs() const;

  /// Floor division (rounds toward negative infinity). \p B must not be 0.
  static Int floorDiv(const Int &A, const Int &B);
  /// Modulo with the sign of the divisor (A - B*floorDiv(A, B)). \p B != 0.
  static Int floorMod(const Int &A, const Int &B);
  /// A / B correctly rounded to the nearest double (CPython's
  /// long_true_divide). \p B must not be 0. Raises OverflowError "integer
  /// division result too large for a float" when the quotient rounds to
  /// 2**1024 or more. A zero quotient gets the sign of A/B (0 / -5 == -0.0).
  static double trueDivide(const Int &A, const Int &B);
  /// A ** E for E >= 0. Throws UnsupportedError when the result would have
  /// more than 2**32 bits (CPython would try to build it).
  static Int pow(const Int &A, uint64_t E);

  /// A & B, two's complement on unbounded integers (as Python's int).
  static Int bitAnd(const Int &A, const Int &B);
  /// A | B, two's complement on unbounded integers.
  static Int bitOr(const Int &A, const Int &B);
  /// A ^ B, two's complement on unbounded integers.
  static Int bitXor(const Int &A, const Int &B);
  /// ~A == -A - 1.
  Int invert() const;
  /// A << N (N >= 0). Throws UnsupportedError for results over 2**32 bits.
  static Int shiftLeft(const Int &A, uint64_t N);
  /// A >> N (N >= 0), rounding toward negative infinity.
  static Int shiftRight(const Int &A, uint64_t N);

private:
  int64_t Small = 0;
  std::shared_ptr<const mpz_class> Big; ///< Set iff the value needs > 64 bits.
};

/// Value equality.
inline bool operator==(const Int &A, const Int &B) {
  return Int::compare(A, B) == 0;
}
/// Value order.
inline bool operator<(const Int &A, const Int &B) {
  return Int::compare(A, B) < 0;
}

} // namespace pyctl

#endif // PYCTL_RUNTIME_INT_H
