//===- FloatRepr.h - Python float text conversions --------------*- C++ -*-===//
//
// Converting floats to and from text exactly as CPython 3.11 does: repr() with
// the shortest round-trip digits, float(str) parsing, and the fixed/exponent
// formats used by round() and format specs.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_RUNTIME_FLOATREPR_H
#define PYCTL_RUNTIME_FLOATREPR_H

#include <optional>
#include <string>
#include <string_view>

namespace pyctl {

/// CPython's repr(float) (== str(float)): the shortest digit string that
/// round-trips, written in fixed notation when the decimal exponent e
/// satisfies -4 <= e < 16 (always with a fractional part: "5.0", "0.0001",
/// "-0.0") and in exponent notation otherwise ("1e+16", "1.5e-05",
/// "1.2345678901234568e+17", at least two exponent digits); "inf", "-inf",
/// "nan".
std::string floatRepr(double D);

/// Parses the text accepted by CPython's float(str) once surrounding
/// whitespace has been stripped and non-ASCII decimal digits mapped to ASCII:
/// [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], with single
/// underscores allowed between digits, or [sign] "inf" / "infinity" / "nan"
/// in any case. Rounds correctly (out-of-range values become +-inf or +-0.0
/// as in CPython). Returns nullopt for any other text.
std::optional<double> parseFloatText(std::string_view Text);

/// printf-style "%.<Precision>f" of \p D with the exact decimal value of the
/// double rounded half-to-even (what CPython's format(x, '.2f') gives);
/// "inf", "-inf", "nan" for non-finite values.
std::string formatFloatFixed(double D, int Precision);

/// printf-style "%.<Precision>e" of \p D (exact value rounded half-to-even,
/// exponent with at least two digits), as CPython's format(x, '.3e');
/// "inf", "-inf", "nan" for non-finite values.
std::string formatFloatExponent(double D, int Precision);

} // namespace pyctl

#endif // PYCTL_RUNTIME_FLOATREPR_H
