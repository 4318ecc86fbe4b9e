//===- FloatRepr.cpp - Python float text conversions ----------------------===//

#include "pyctl/Runtime/FloatRepr.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <algorithm>

namespace pyctl {

static std::string nonFinite(double D) {
  if (std::isnan(D))
    return "nan";
  return D > 0 ? "inf" : "-inf";
}

std::string floatRepr(double D) {
  if (!std::isfinite(D))
    return nonFinite(D);
  // Shortest round-trip digits in scientific form: "-d.ddde+XX".
  char Buf[64];
  auto [End, Ec] = std::to_chars(Buf, Buf + sizeof(Buf), D, std::chars_format::scientific);
  assert(Ec == std::errc() && "buffer is large enough");
  std::string_view Sci(Buf, End - Buf);
  std::string Out;
  if (Sci.front() == '-') {
    Out.push_back('-');
    Sci.remove_prefix(1);
  }
  size_t EPos = Sci.find('e');
  std::string Digits;
  for (char C : Sci.substr(0, EPos))
    if (C != '.')
      Digits.push_back(C);
  int Exp = std::atoi(std::string(Sci.substr(EPos + 1)).c_str());
  int DecPt = Exp + 1; // value = 0.DIGITS * 10**DecPt
  int NDigits = int(Digits.size());
  if (Exp >= -4 && Exp < 16) {
    if (DecPt <= 0) {
      Out += "0.";
      Out.append(size_t(-DecPt), '0');
      Out += Digits;
    } else if (DecPt >= NDigits) {
      Out += Digits;
      Out.append(size_t(DecPt - NDigits), '0');
      Out += ".0";
    } else {
      Out += Digits.substr(0, size_t(DecPt));
      Out.push_back('.');
      Out += Digits.substr(size_t(DecPt));
    }
    return Out;
  }
  Out.push_back(Digits[0]);
  if (NDigits > 1) {
    Out.push_back('.');
    Out += Digits.substr(1);
  }
  Out.push_back('e');
  Out.push_back(Exp < 0 ? '-' : '+');
  int AbsExp = Exp < 0 ? -Exp : Exp;
  if (AbsExp < 10)
    Out.push_back('0');
  Out += std::to_string(AbsExp);
  return Out;
}

static bool equalsIgnoringCase(std::string_view A, std::string_view Lower) {
  if (A.size() != Lower.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I) {
    char C = A[I];
    if (C >= 'A' && C <= 'Z')
      C = char(C - 'A' + 'a');
    if (C != Lower[I])
      return false;
  }
  return true;
}

/// Appends the digits of a run "d(_?d)*" starting at \p I to \p Out; returns
/// false when the run is malformed (leading, trailing or doubled '_').
static bool scanDigits(std::string_view T, size_t &I, std::string &Out, size_t &Count) {
  Count = 0;
  while (I < T.size()) {
    char C = T[I];
    if (C >= '0' && C <= '9') {
      Out.push_back(C);
      ++Count;
      ++I;
    } else if (C == '_') {
      if (Count == 0 || I + 1 >= T.size() || T[I + 1] < '0' || T[I + 1] > '9')
        return false;
      ++I;
    } else {
      break;
    }
  }
  return true;
}

/// For a validated literal "digits[.digits][e[sign]digits]" with a non-zero
/// digit, the position of its leading digit: 1 + floor(log10(value)),
/// saturated to +-1e9.
static long long decimalMagnitude(std::string_view Clean) {
  size_t EPos = Clean.find('e');
  std::string_view Mantissa = Clean.substr(0, EPos);
  long long Exp = 0;
  if (EPos != std::string_view::npos) {
    size_t I = EPos + 1;
    bool Neg = false;
    if (Clean[I] == '+' || Clean[I] == '-')
      Neg = Clean[I++] == '-';
    for (; I < Clean.size(); ++I)
      Exp = std::min(Exp * 10 + (Clean[I] - '0'), 1000000000LL);
    if (Neg)
      Exp = -Exp;
  }
  size_t Dot = Mantissa.find('.');
  long long IntLen = (long long)(Dot == std::string_view::npos ? Mantissa.size() : Dot);
  long long Pos = 0; // digits before the first non-zero one (across the dot)
  for (char C : Mantissa) {
    if (C == '.')
      continue;
    if (C != '0')
      break;
    ++Pos;
  }
  return IntLen - Pos + Exp;
}

std::optional<double> parseFloatText(std::string_view T) {
  size_t I = 0;
  bool Negative = false;
  if (I < T.size() && (T[I] == '+' || T[I] == '-'))
    Negative = T[I++] == '-';
  std::string_view Rest = T.substr(I);
  if (equalsIgnoringCase(Rest, "inf") || equalsIgnoringCase(Rest, "infinity"))
    return Negative ? -HUGE_VAL : HUGE_VAL;
  if (equalsIgnoringCase(Rest, "nan"))
    return Negative ? -std::nan("") : std::nan("");
  std::string Clean; // the literal without sign and underscores
  size_t IntDigits = 0, FracDigits = 0, ExpDigits = 0;
  if (!scanDigits(T, I, Clean, IntDigits))
    return std::nullopt;
  if (I < T.size() && T[I] == '.') {
    Clean.push_back('.');
    ++I;
    if (!scanDigits(T, I, Clean, FracDigits))
      return std::nullopt;
  }
  if (IntDigits + FracDigits == 0)
    return std::nullopt;
  if (I < T.size() && (T[I] == 'e' || T[I] == 'E')) {
    Clean.push_back('e');
    ++I;
    if (I < T.size() && (T[I] == '+' || T[I] == '-'))
      Clean.push_back(T[I++]);
    if (!scanDigits(T, I, Clean, ExpDigits) || ExpDigits == 0)
      return std::nullopt;
  }
  if (I != T.size())
    return std::nullopt;
  double D = 0;
  auto [Ptr, Ec] = std::from_chars(Clean.data(), Clean.data() + Clean.size(), D);
  if (Ec == std::errc::result_out_of_range) {
    // from_chars leaves D unset on range errors: the value overflows to inf
    // or underflows to zero, depending on its decimal magnitude.
    D = decimalMagnitude(Clean) > 0 ? HUGE_VAL : 0.0;
  } else if (Ec != std::errc() || Ptr != Clean.data() + Clean.size()) {
    return std::nullopt;
  }
  return Negative ? -D : D;
}

std::string formatFloatFixed(double D, int Precision) {
  if (!std::isfinite(D))
    return nonFinite(D);
  std::string Buf(size_t(400 + Precision), '\0');
  auto [End, Ec] = std::to_chars(Buf.data(), Buf.data() + Buf.size(), D,
                                 std::chars_format::fixed, Precision);
  assert(Ec == std::errc() && "buffer is large enough");
  Buf.resize(size_t(End - Buf.data()));
  return Buf;
}

std::string formatFloatExponent(double D, int Precision) {
  if (!std::isfinite(D))
    return nonFinite(D);
  std::string Buf(size_t(64 + Precision), '\0');
  auto [End, Ec] = std::to_chars(Buf.data(), Buf.data() + Buf.size(), D,
                                 std::chars_format::scientific, Precision);
  assert(Ec == std::errc() && "buffer is large enough");
  Buf.resize(size_t(End - Buf.data()));
  return Buf;
}

} // namespace pyctl
