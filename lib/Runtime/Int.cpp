//===- Int.cpp - Arbitrary-precision Python int ---------------------------===//

#include "pyctl/Runtime/Int.h"

#include "pyctl/Runtime/PythonError.h"

#include <cassert>
#include <climits>
#include <cmath>
#include <limits>

namespace pyctl {

static_assert(sizeof(long) == 8, "GMP's si functions must take 64-bit values");

/// CPython 3.11's default sys.get_int_max_str_digits().
static constexpr size_t MaxStrDigits = 4300;
/// Results above this many bits are refused (UnsupportedError) instead of built.
static constexpr uint64_t MaxResultBits = uint64_t(1) << 32;
/// 2**53: integers up to this magnitude convert to double exactly.
static constexpr int64_t ExactDoubleLimit = int64_t(1) << 53;

static mpz_class mpzFromInt64(int64_t V) {
  mpz_class M;
  mpz_set_si(M.get_mpz_t(), static_cast<long>(V));
  return M;
}

Int::Int(const mpz_class &V) {
  if (mpz_fits_slong_p(V.get_mpz_t()))
    Small = mpz_get_si(V.get_mpz_t());
  else
    Big = std::make_shared<const mpz_class>(V);
}

mpz_class Int::toMpz() const { return Big ? *Big : mpzFromInt64(Small); }

int Int::sign() const {
  if (Big)
    return mpz_sgn(Big->get_mpz_t());
  return (Small > 0) - (Small < 0);
}

bool Int::isOdd() const {
  return Big ? mpz_odd_p(Big->get_mpz_t()) != 0 : (Small & 1) != 0;
}

uint64_t Int::bitLength() const {
  if (!Big) {
    uint64_t Mag = Small < 0 ? uint64_t(0) - uint64_t(Small) : uint64_t(Small);
    return Mag == 0 ? 0 : 64 - __builtin_clzll(Mag);
  }
  return mpz_sizeinbase(Big->get_mpz_t(), 2);
}

//===----------------------------------------------------------------------===//
// Parsing and printing
//===----------------------------------------------------------------------===//

static int digitValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'z')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'Z')
    return C - 'A' + 10;
  return 99;
}

static char lowerAscii(char C) { return C >= 'A' && C <= 'Z' ? char(C - 'A' + 'a') : C; }

std::optional<Int> Int::parse(std::string_view Text, int Base) {
  assert((Base == 0 || (Base >= 2 && Base <= 36)) && "bad base");
  size_t I = 0;
  bool Negative = false;
  if (I < Text.size() && (Text[I] == '+' || Text[I] == '-'))
    Negative = Text[I++] == '-';
  // Base prefix: required to pick the base when Base == 0, allowed when it
  // matches the explicit base.
  bool HadPrefix = false;
  if (I + 1 < Text.size() && Text[I] == '0') {
    char P = lowerAscii(Text[I + 1]);
    int PrefixBase = P == 'x' ? 16 : P == 'o' ? 8 : P == 'b' ? 2 : 0;
    if (PrefixBase && (Base == 0 || Base == PrefixBase)) {
      Base = PrefixBase;
      I += 2;
      HadPrefix = true;
    }
  }
  bool ZerosOnly = false; // base 0 without prefix: "0", "00", "0_0" only
  if (Base == 0) {
    Base = 10;
    ZerosOnly = I < Text.size() && Text[I] == '0';
  }
  std::string Digits;
  bool ExpectDigit = true; // at start or after '_'
  bool AllowLeadingUnderscore = HadPrefix;
  for (; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '_') {
      if (ExpectDigit && !(AllowLeadingUnderscore && Digits.empty()))
        return std::nullopt;
      AllowLeadingUnderscore = false;
      ExpectDigit = true;
      continue;
    }
    if (digitValue(C) >= Base)
      return std::nullopt;
    Digits.push_back(C);
    ExpectDigit = false;
    AllowLeadingUnderscore = false;
  }
  if (Digits.empty() || ExpectDigit)
    return std::nullopt;
  if (ZerosOnly && Digits.find_first_not_of('0') != std::string::npos)
    return std::nullopt;
  bool PowerOfTwoBase = (Base & (Base - 1)) == 0;
  if (!PowerOfTwoBase && Digits.size() > MaxStrDigits)
    throwValueError("Exceeds the limit (" + std::to_string(MaxStrDigits) +
                    " digits) for integer string conversion: value has " +
                    std::to_string(Digits.size()) +
                    " digits; use sys.set_int_max_str_digits() to increase the limit");
  mpz_class M;
  int Rc = mpz_set_str(M.get_mpz_t(), Digits.c_str(), Base);
  assert(Rc == 0 && "digits were validated");
  (void)Rc;
  if (Negative)
    M = -M;
  return Int(M);
}

std::optional<Int> Int::parseDecimal(std::string_view Text) {
  size_t Start = !Text.empty() && Text[0] == '-' ? 1 : 0;
  if (Start == Text.size())
    return std::nullopt;
  for (size_t I = Start; I < Text.size(); ++I)
    if (Text[I] < '0' || Text[I] > '9')
      return std::nullopt;
  mpz_class M;
  mpz_set_str(M.get_mpz_t(), std::string(Text.substr(Start)).c_str(), 10);
  if (Start)
    M = -M;
  return Int(M);
}

std::string Int::toDecimalString() const {
  if (!Big)
    return std::to_string(Small);
  return Big->get_str(10);
}

std::string Int::repr() const {
  std::string S = toDecimalString();
  size_t Digits = S.size() - (S[0] == '-' ? 1 : 0);
  if (Digits > MaxStrDigits)
    throwValueError("Exceeds the limit (" + std::to_string(MaxStrDigits) +
                    " digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit");
  return S;
}

int64_t Int::pythonHash() const {
  constexpr uint64_t Modulus = (uint64_t(1) << 61) - 1;
  int64_t H;
  if (!Big) {
    uint64_t Mag = Small < 0 ? uint64_t(0) - uint64_t(Small) : uint64_t(Small);
    H = int64_t(Mag % Modulus);
    if (Small < 0)
      H = -H;
  } else {
    mpz_class M = ::abs(*Big);
    H = int64_t(mpz_fdiv_ui(M.get_mpz_t(), Modulus));
    if (sign() < 0)
      H = -H;
  }
  return H == -1 ? -2 : H;
}

//===----------------------------------------------------------------------===//
// Conversions with double
//===----------------------------------------------------------------------===//

Int Int::fromDouble(double D) {
  if (std::isnan(D))
    throwValueError("cannot convert float NaN to integer");
  if (std::isinf(D))
    throwOverflowError("cannot convert float infinity to integer");
  double T = std::trunc(D);
  if (T > -9.2e18 && T < 9.2e18)
    return Int(static_cast<int64_t>(T));
  mpz_class M;
  mpz_set_d(M.get_mpz_t(), T); // exact: T is an integral double
  return Int(M);
}

/// Rounds the non-negative \p Q (plus a non-zero fraction below its last bit
/// when \p Sticky) to a multiple of 2**Drop, ties to even, and returns the
/// result divided by 2**Drop. Requires Drop >= 1.
static mpz_class roundShift(const mpz_class &Q, uint64_t Drop, bool Sticky) {
  mpz_class R;
  mpz_fdiv_q_2exp(R.get_mpz_t(), Q.get_mpz_t(), Drop);
  bool Half = mpz_tstbit(Q.get_mpz_t(), Drop - 1);
  bool Below = Sticky || (mpz_sgn(Q.get_mpz_t()) != 0 &&
                          mpz_scan1(Q.get_mpz_t(), 0) < Drop - 1);
  if (Half && (Below || mpz_odd_p(R.get_mpz_t())))
    R += 1;
  return R;
}

double Int::toDouble() const {
  if (!Big)
    return static_cast<double>(Small); // round-to-nearest-even conversion
  mpz_class Mag = ::abs(*Big);
  uint64_t Bits = mpz_sizeinbase(Mag.get_mpz_t(), 2);
  if (Bits > 1024)
    throwOverflowError("int too large to convert to float");
  uint64_t Drop = Bits - 53; // Bits >= 64 here
  mpz_class Q = roundShift(Mag, Drop, false);
  double R = std::ldexp(mpz_get_d(Q.get_mpz_t()), int(Drop)); // Q <= 2**53: exact
  if (std::isinf(R))
    throwOverflowError("int too large to convert to float");
  return sign() < 0 ? -R : R;
}

int Int::compareWithDouble(double D) const {
  assert(std::isfinite(D) && "caller handles inf and nan");
  if (!Big && Small >= -ExactDoubleLimit && Small <= ExactDoubleLimit) {
    double Self = static_cast<double>(Small);
    return (Self > D) - (Self < D);
  }
  double T = std::trunc(D);
  int C = compare(*this, fromDouble(T));
  if (C != 0)
    return C;
  double Frac = D - T; // exact
  return (Frac < 0) - (Frac > 0);
}

double Int::trueDivide(const Int &A, const Int &B) {
  assert(!B.isZero() && "caller raises ZeroDivisionError");
  bool Negative = (A.sign() < 0) != (B.sign() < 0);
  if (!A.Big && !B.Big && A.Small >= -ExactDoubleLimit &&
      A.Small <= ExactDoubleLimit && B.Small >= -ExactDoubleLimit &&
      B.Small <= ExactDoubleLimit)
    return static_cast<double>(A.Small) / static_cast<double>(B.Small);
  if (A.isZero())
    return Negative ? -0.0 : 0.0;
  mpz_class Num = ::abs(A.toMpz()), Den = ::abs(B.toMpz());
  int64_t LA = int64_t(mpz_sizeinbase(Num.get_mpz_t(), 2));
  int64_t LB = int64_t(mpz_sizeinbase(Den.get_mpz_t(), 2));
  // Num/Den lies in (2**(LA-LB-1), 2**(LA-LB+1)).
  if (LA - LB > 1025)
    throwOverflowError("integer division result too large for a float");
  if (LA - LB < -1080) // below a quarter of the smallest subnormal
    return Negative ? -0.0 : 0.0;
  // Scale so the integer quotient has 55 or 56 bits.
  int64_t Shift = LA - LB - 55;
  if (Shift >= 0)
    mpz_mul_2exp(Den.get_mpz_t(), Den.get_mpz_t(), uint64_t(Shift));
  else
    mpz_mul_2exp(Num.get_mpz_t(), Num.get_mpz_t(), uint64_t(-Shift));
  mpz_class Q, R;
  mpz_tdiv_qr(Q.get_mpz_t(), R.get_mpz_t(), Num.get_mpz_t(), Den.get_mpz_t());
  bool Sticky = mpz_sgn(R.get_mpz_t()) != 0;
  // Num/Den == (Q + frac) * 2**Shift. Keep 53 significant bits, fewer when
  // the result is subnormal (its last bit is worth 2**-1074).
  int64_t N = int64_t(mpz_sizeinbase(Q.get_mpz_t(), 2));
  int64_t UlpExp = std::max<int64_t>(N - 53 + Shift, -1074);
  int64_t Drop = UlpExp - Shift;
  double Result;
  if (Drop > N) {
    Result = 0.0;
  } else {
    mpz_class Rounded = roundShift(Q, uint64_t(Drop), Sticky);
    Result = std::ldexp(mpz_get_d(Rounded.get_mpz_t()), int(UlpExp));
  }
  if (std::isinf(Result))
    throwOverflowError("integer division result too large for a float");
  return Negative ? -Result : Result;
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

int Int::compare(const Int &A, const Int &B) {
  if (!A.Big && !B.Big)
    return (A.Small > B.Small) - (A.Small < B.Small);
  int C = mpz_cmp(A.toMpz().get_mpz_t(), B.toMpz().get_mpz_t());
  return (C > 0) - (C < 0);
}

Int operator+(const Int &A, const Int &B) {
  int64_t R;
  if (!A.Big && !B.Big && !__builtin_add_overflow(A.Small, B.Small, &R))
    return Int(R);
  return Int(mpz_class(A.toMpz() + B.toMpz()));
}

Int operator-(const Int &A, const Int &B) {
  int64_t R;
  if (!A.Big && !B.Big && !__builtin_sub_overflow(A.Small, B.Small, &R))
    return Int(R);
  return Int(mpz_class(A.toMpz() - B.toMpz()));
}

Int operator*(const Int &A, const Int &B) {
  int64_t R;
  if (!A.Big && !B.Big && !__builtin_mul_overflow(A.Small, B.Small, &R))
    return Int(R);
  return Int(mpz_class(A.toMpz() * B.toMpz()));
}

Int Int::operator-() const {
  if (!Big && Small != std::numeric_limits<int64_t>::min())
    return Int(-Small);
  return Int(mpz_class(-toMpz()));
}

Int Int::abs() const { return sign() < 0 ? -*this : *this; }

Int Int::floorDiv(const Int &A, const Int &B) {
  assert(!B.isZero() && "caller raises ZeroDivisionError");
  if (!A.Big && !B.Big &&
      !(A.Small == std::numeric_limits<int64_t>::min() && B.Small == -1)) {
    int64_t Q = A.Small / B.Small;
    if (A.Small % B.Small != 0 && ((A.Small < 0) != (B.Small < 0)))
      --Q;
    return Int(Q);
  }
  mpz_class Q;
  mpz_class NA = A.toMpz(), NB = B.toMpz();
  mpz_fdiv_q(Q.get_mpz_t(), NA.get_mpz_t(), NB.get_mpz_t());
  return Int(Q);
}

Int Int::floorMod(const Int &A, const Int &B) {
  assert(!B.isZero() && "caller raises ZeroDivisionError");
  if (!A.Big && !B.Big) {
    if (B.Small == -1)
      return Int(0);
    int64_t R = A.Small % B.Small;
    if (R != 0 && ((R < 0) != (B.Small < 0)))
      R += B.Small;
    return Int(R);
  }
  mpz_class R;
  mpz_class NA = A.toMpz(), NB = B.toMpz();
  mpz_fdiv_r(R.get_mpz_t(), NA.get_mpz_t(), NB.get_mpz_t());
  return Int(R);
}

Int Int::pow(const Int &A, uint64_t E) {
  if (E == 0)
    return Int(1);
  if (!A.Big && (A.Small == 0 || A.Small == 1))
    return A;
  if (!A.Big && A.Small == -1)
    return Int(E % 2 ? -1 : 1);
  // |A| >= 2, so the result has more than (bitLength - 1) * E bits.
  uint64_t Bits = A.bitLength() - 1;
  if (Bits != 0 && E > MaxResultBits / Bits)
    throw UnsupportedError("int ** int result too large to build");
  if (Bits == 0 && E > MaxResultBits)
    throw UnsupportedError("int ** int result too large to build");
  mpz_class R;
  mpz_class Base = A.toMpz();
  mpz_pow_ui(R.get_mpz_t(), Base.get_mpz_t(), E);
  return Int(R);
}

Int Int::bitAnd(const Int &A, const Int &B) {
  if (!A.Big && !B.Big)
    return Int(A.Small & B.Small);
  mpz_class R, NA = A.toMpz(), NB = B.toMpz();
  mpz_and(R.get_mpz_t(), NA.get_mpz_t(), NB.get_mpz_t());
  return Int(R);
}

Int Int::bitOr(const Int &A, const Int &B) {
  if (!A.Big && !B.Big)
    return Int(A.Small | B.Small);
  mpz_class R, NA = A.toMpz(), NB = B.toMpz();
  mpz_ior(R.get_mpz_t(), NA.get_mpz_t(), NB.get_mpz_t());
  return Int(R);
}

Int Int::bitXor(const Int &A, const Int &B) {
  if (!A.Big && !B.Big)
    return Int(A.Small ^ B.Small);
  mpz_class R, NA = A.toMpz(), NB = B.toMpz();
  mpz_xor(R.get_mpz_t(), NA.get_mpz_t(), NB.get_mpz_t());
  return Int(R);
}

Int Int::invert() const {
  if (!Big)
    return Int(~Small);
  return Int(mpz_class(-toMpz() - 1));
}

Int Int::shiftLeft(const Int &A, uint64_t N) {
  if (A.isZero())
    return A;
  if (A.bitLength() + N > MaxResultBits)
    throw UnsupportedError("int << int result too large to build");
  if (!A.Big && N < 62) {
    int64_t Limit = int64_t(1) << (62 - N);
    if (A.Small > -Limit && A.Small < Limit)
      return Int(A.Small * (int64_t(1) << N));
  }
  mpz_class R, NA = A.toMpz();
  mpz_mul_2exp(R.get_mpz_t(), NA.get_mpz_t(), N);
  return Int(R);
}

Int Int::shiftRight(const Int &A, uint64_t N) {
  if (!A.Big)
    return Int(N >= 64 ? (A.Small < 0 ? -1 : 0) : (A.Small >> N));
  if (N >= A.bitLength())
    return Int(A.sign() < 0 ? -1 : 0);
  mpz_class R, NA = A.toMpz();
  mpz_fdiv_q_2exp(R.get_mpz_t(), NA.get_mpz_t(), N);
  return Int(R);
}

} // namespace pyctl
