//===- Format.cpp - format() specs and printf-style % formatting ----------===//

#include "pyctl/Runtime/Format.h"
#include "pyctl/Runtime/BuildLimits.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/FloatRepr.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/Unicode.h"

#include <cmath>
#include <cstdio>

namespace pyctl {

/// The largest precision of a float's e/f/g/% format pyctl runs.
static constexpr int64_t MaxFloatPrecision = int64_t(1) << 20;

namespace {
/// A parsed format specification.
struct Spec {
  std::string Fill = " "; ///< One code point, UTF-8.
  char Align = 0;         ///< '<', '>', '^', '=' or 0 (type's default).
  char Sign = 0;          ///< '+', '-', ' ' or 0.
  bool NoNegZero = false; ///< 'z'
  bool Alternate = false; ///< '#'
  int64_t Width = -1;
  char Grouping = 0; ///< ',' or '_' or 0.
  int64_t Precision = -1;
  char Type = 0;
};

/// A number split for layout: sign, radix prefix, integer digits (which
/// grouping applies to) and the rest (fraction, exponent, '%').
struct NumberParts {
  std::string Sign, Prefix, Digits, Rest;
  bool Finite = true;
};
} // namespace

static bool isAlignChar(char32_t C) { return C == '<' || C == '>' || C == '^' || C == '='; }

/// A type code in CPython's format errors: itself when printable ASCII
/// (33..127), else `\x` and its lowercase hex code point (`'\xe9'`).
static std::string typeCodeText(char32_t C) {
  if (C > 32 && C < 128)
    return std::string(1, char(C));
  char Buf[16];
  std::snprintf(Buf, sizeof Buf, "\\x%x", unsigned(C));
  return Buf;
}

static Spec parseSpec(std::string_view S, char DefaultAlign, char DefaultType,
                      std::string_view TypeName) {
  Spec F;
  F.Type = DefaultType;
  size_t Pos = 0;
  // [[fill]align]: the fill may be any code point.
  size_t AfterFirst = 0;
  char32_t First = S.empty() ? 0 : unicode::decodeNext(S, AfterFirst);
  bool FillGiven = false, AlignGiven = false;
  if (AfterFirst < S.size() && isAlignChar(char32_t(static_cast<unsigned char>(S[AfterFirst])))) {
    F.Fill = std::string(S.substr(0, AfterFirst));
    F.Align = S[AfterFirst];
    Pos = AfterFirst + 1;
    FillGiven = AlignGiven = true;
  } else if (!S.empty() && isAlignChar(First)) {
    F.Align = S[0];
    Pos = 1;
    AlignGiven = true;
  }
  if (Pos < S.size() && (S[Pos] == '+' || S[Pos] == '-' || S[Pos] == ' '))
    F.Sign = S[Pos++];
  if (Pos < S.size() && S[Pos] == 'z') {
    F.NoNegZero = true;
    ++Pos;
  }
  if (Pos < S.size() && S[Pos] == '#') {
    F.Alternate = true;
    ++Pos;
  }
  if (!FillGiven && Pos < S.size() && S[Pos] == '0') {
    F.Fill = "0";
    if (!AlignGiven && DefaultAlign == '>')
      F.Align = '=';
    ++Pos;
  }
  auto ReadNumber = [&](int64_t &Out) {
    size_t Start = Pos;
    int64_t N = 0;
    // CPython's get_integer: only a number past Py_ssize_t is a ValueError.
    while (Pos < S.size() && S[Pos] >= '0' && S[Pos] <= '9') {
      int Digit = S[Pos++] - '0';
      if (N > (INT64_MAX - Digit) / 10)
        throwValueError("Too many decimal digits in format string");
      N = N * 10 + Digit;
    }
    if (Pos > Start)
      Out = N;
    return Pos > Start;
  };
  ReadNumber(F.Width);
  if (Pos < S.size() && (S[Pos] == ',' || S[Pos] == '_')) {
    F.Grouping = S[Pos++];
    if (Pos < S.size() && (S[Pos] == ',' || S[Pos] == '_'))
      throwValueError("Cannot specify both ',' and '_'.");
  }
  if (Pos < S.size() && S[Pos] == '.') {
    ++Pos;
    if (!ReadNumber(F.Precision))
      throwValueError("Format specifier missing precision");
  }
  // What is left is the type: one code point (CPython counts code points).
  char32_t TypeCode = 0;
  if (Pos < S.size()) {
    size_t After = Pos;
    TypeCode = unicode::decodeNext(S, After);
    if (After != S.size())
      throwValueError("Invalid format specifier '" + std::string(S) + "' for object of type '" +
                      std::string(TypeName) + "'");
    F.Type = TypeCode < 0x80 ? S[Pos] : '?';
  }
  if (F.Grouping) {
    std::string_view Allowed = F.Grouping == ',' ? std::string_view("defgEG%F", 8)
                                                 : std::string_view("defgEG%FboxX", 12);
    // F.Type is the default type when the spec names none (CPython checks it too).
    if (TypeCode >= 0x80 || (F.Type != 0 && Allowed.find(F.Type) == std::string_view::npos))
      throwValueError(std::string("Cannot specify '") + F.Grouping + "' with '" +
                      typeCodeText(TypeCode >= 0x80 ? TypeCode : char32_t(static_cast<unsigned char>(F.Type))) +
                      "'.");
  }
  // No type is a non-ASCII code point: CPython's unknown-code error, which
  // every formatter raises first for a type it does not know.
  if (TypeCode >= 0x80)
    throwValueError("Unknown format code '" + typeCodeText(TypeCode) + "' for object of type '" +
                    std::string(TypeName) + "'");
  if (!F.Align)
    F.Align = DefaultAlign;
  // Every formatted value is at least as long as its width; CPython's
  // MemoryError past the host's memory is not reproduced (BuildLimits.h).
  requireBuildable(uint64_t(std::max<int64_t>(F.Width, 0)), F.Fill.size(), "a value padded to its format width");
  return F;
}

[[noreturn]] static void throwUnknownCode(char Type, std::string_view TypeName) {
  throwValueError("Unknown format code '" + typeCodeText(char32_t(static_cast<unsigned char>(Type))) +
                  "' for object of type '" + std::string(TypeName) + "'");
}

/// Pads \p Body (\p Len code points) to the spec's width.
static std::string padText(const std::string &Body, size_t Len, const Spec &F) {
  if (F.Width < 0 || size_t(F.Width) <= Len)
    return Body;
  size_t N = size_t(F.Width) - Len;
  auto Fill = [&](size_t K) {
    std::string Out;
    for (size_t I = 0; I < K; ++I)
      Out += F.Fill;
    return Out;
  };
  switch (F.Align) {
  case '<':
    return Body + Fill(N);
  case '^':
    return Fill(N / 2) + Body + Fill(N - N / 2);
  default:
    return Fill(N) + Body;
  }
}

/// Inserts separators every \p Size digits from the right, padding with
/// zeros up to \p MinWidth characters (CPython's
/// _PyUnicode_InsertThousandsGrouping).
static std::string groupDigits(const std::string &Digits, char Sep, int Size, int64_t MinWidth) {
  std::string Out; // built reversed
  int64_t Remaining = int64_t(Digits.size());
  size_t Next = Digits.size();
  while (true) {
    int64_t L = std::min<int64_t>(std::max<int64_t>(std::max(Remaining, MinWidth), 1), Size);
    int64_t Chars = std::max<int64_t>(0, std::min(Remaining, L));
    int64_t Zeros = std::max<int64_t>(0, L - Remaining);
    for (int64_t K = 0; K < Chars; ++K)
      Out.push_back(Digits[--Next]);
    Out.append(size_t(Zeros), '0');
    Remaining -= Chars;
    MinWidth -= L;
    if (Remaining <= 0 && MinWidth <= 0)
      break;
    Out.push_back(Sep);
    MinWidth -= 1;
  }
  return std::string(Out.rbegin(), Out.rend());
}

/// Lays a number out: grouping, then padding (with '=' the fill goes between
/// sign/prefix and digits).
static std::string layoutNumber(const NumberParts &P, const Spec &F, int GroupSize) {
  std::string Digits = P.Digits;
  if (F.Grouping && P.Finite) {
    int64_t MinWidth = 0;
    if (F.Fill == "0" && F.Align == '=' && F.Width > 0)
      MinWidth = F.Width - int64_t(P.Sign.size() + P.Prefix.size() + P.Rest.size());
    Digits = groupDigits(Digits, F.Grouping, GroupSize, MinWidth);
  }
  size_t Len = P.Sign.size() + P.Prefix.size() + Digits.size() + P.Rest.size();
  if (F.Align == '=' && F.Width > 0 && size_t(F.Width) > Len) {
    std::string Out = P.Sign + P.Prefix;
    for (size_t I = Len; I < size_t(F.Width); ++I)
      Out += F.Fill;
    return Out + Digits + P.Rest;
  }
  return padText(P.Sign + P.Prefix + Digits + P.Rest, Len, F);
}

static std::string signFor(bool Negative, char SignFlag) {
  if (Negative)
    return "-";
  if (SignFlag == '+')
    return "+";
  if (SignFlag == ' ')
    return " ";
  return "";
}

static void upperAscii(std::string &S) {
  for (char &C : S)
    if (C >= 'a' && C <= 'z')
      C = char(C - 'a' + 'A');
}

static void stripTrailingZeros(std::string &Mantissa) {
  if (Mantissa.find('.') == std::string::npos)
    return;
  while (!Mantissa.empty() && Mantissa.back() == '0')
    Mantissa.pop_back();
  if (!Mantissa.empty() && Mantissa.back() == '.')
    Mantissa.pop_back();
}

/// The 'g' presentation of a finite |X| with \p P significant digits. With
/// \p AddDot0 (no type given), exponent notation starts one digit earlier
/// and integral results get ".0", as CPython's format_float_short.
static std::string generalFormat(double X, int64_t P, bool Alternate, bool AddDot0) {
  if (P == 0)
    P = 1;
  std::string Sci = formatFloatExponent(X, int(P - 1));
  size_t EPos = Sci.find('e');
  int Exp = std::atoi(Sci.c_str() + EPos + 1);
  int64_t Threshold = AddDot0 ? P - 1 : P;
  std::string Out;
  if (Exp < -4 || Exp >= Threshold) {
    std::string Mantissa = Sci.substr(0, EPos);
    if (!Alternate)
      stripTrailingZeros(Mantissa);
    else if (Mantissa.find('.') == std::string::npos)
      Mantissa.push_back('.');
    Out = Mantissa + Sci.substr(EPos);
  } else {
    Out = formatFloatFixed(X, int(P - 1 - Exp));
    if (!Alternate)
      stripTrailingZeros(Out);
    else if (Out.find('.') == std::string::npos)
      Out.push_back('.');
  }
  if (AddDot0 && Out.find_first_of(".e") == std::string::npos)
    Out += ".0";
  return Out;
}

/// Splits a formatted magnitude into integer digits and the rest.
static void splitDigits(const std::string &Body, NumberParts &P) {
  size_t End = Body.find_first_of(".eE%");
  P.Digits = Body.substr(0, End);
  P.Rest = End == std::string::npos ? "" : Body.substr(End);
}

static bool hasNonZeroDigit(const std::string &Body) {
  for (char C : Body) {
    if (C == 'e' || C == 'E')
      break;
    if (C >= '1' && C <= '9')
      return true;
  }
  return false;
}

static std::string formatFloatSpec(double X, Spec F) {
  char Type = F.Type;
  if (Type != 0 && std::string_view("eEfFgGn%").find(Type) == std::string_view::npos)
    throwUnknownCode(Type, "float");
  bool Negative = std::signbit(X) && !std::isnan(X);
  double Abs = std::fabs(X);
  std::string Body;
  bool Percent = Type == '%';
  if (Percent)
    Abs *= 100;
  int64_t P = F.Precision < 0 ? 6 : F.Precision;
  // format_float_internal's check, made before any digit is produced.
  if (P > INT32_MAX)
    throwValueError("precision too big");
  // CPython's own digits go wrong near INT_MAX (its buffer sizes overflow);
  // pyctl stops well below that.
  if (P > MaxFloatPrecision)
    throw UnsupportedError("a float format precision past " + std::to_string(MaxFloatPrecision));
  if (!std::isfinite(Abs)) {
    Body = std::isnan(Abs) ? "nan" : "inf";
    if (Type == 'E' || Type == 'F' || Type == 'G')
      upperAscii(Body);
  } else {
    switch (Type) {
    case 'f':
    case 'F':
    case '%':
      Body = formatFloatFixed(Abs, int(P));
      if (F.Alternate && P == 0)
        Body.push_back('.');
      break;
    case 'e':
    case 'E': {
      Body = formatFloatExponent(Abs, int(P));
      if (F.Alternate && P == 0)
        Body.insert(Body.find('e'), ".");
      if (Type == 'E')
        upperAscii(Body);
      break;
    }
    case 'g':
    case 'G':
    case 'n':
      Body = generalFormat(Abs, P, F.Alternate, false);
      if (Type == 'G')
        upperAscii(Body);
      break;
    default: // no type
      Body = F.Precision < 0 ? floatRepr(Abs) : generalFormat(Abs, F.Precision, F.Alternate, true);
      // '#' keeps the point of a one-digit mantissa in repr's form ('1.e+16'), as
      // format_float_short with Py_DTSF_ALT.
      if (F.Precision < 0 && F.Alternate && Body.find('.') == std::string::npos) {
        size_t E = Body.find('e');
        Body.insert(E == std::string::npos ? Body.size() : E, ".");
      }
      break;
    }
  }
  if (Percent)
    Body.push_back('%');
  if (Negative && F.NoNegZero && std::isfinite(X) && !hasNonZeroDigit(Body))
    Negative = false;
  NumberParts Parts;
  Parts.Finite = std::isfinite(X);
  Parts.Sign = signFor(Negative, F.Sign);
  if (Parts.Finite)
    splitDigits(Body, Parts);
  else
    Parts.Rest = Body;
  return layoutNumber(Parts, F, 3);
}

static std::string formatIntSpec(const Int &I, const Spec &F, std::string_view TypeName) {
  char Type = F.Type;
  if (Type != 0 && std::string_view("eEfFgG%").find(Type) != std::string_view::npos)
    return formatFloatSpec(I.toDouble(), F);
  if (Type != 0 && std::string_view("bcdnoxX").find(Type) == std::string_view::npos)
    throwUnknownCode(Type, TypeName);
  if (F.Precision >= 0)
    throwValueError("Precision not allowed in integer format specifier");
  if (F.NoNegZero)
    throwValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (Type == 'c') {
    if (F.Sign)
      throwValueError("Sign not allowed with integer format specifier 'c'");
    if (F.Alternate)
      throwValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    auto C = I.toInt64();
    if (!C)
      throwOverflowError("Python int too large to convert to C long");
    if (*C < 0 || *C > 0x10FFFF)
      throwOverflowError("%c arg not in range(0x110000)");
    std::string Out;
    unicode::appendUTF8(Out, char32_t(*C));
    return padText(Out, 1, F);
  }
  NumberParts Parts;
  Parts.Sign = signFor(I.sign() < 0, F.Sign);
  Int Abs = I.abs();
  int GroupSize = 3;
  switch (Type) {
  case 'b':
  case 'o':
  case 'x':
  case 'X': {
    int Base = Type == 'b' ? 2 : Type == 'o' ? 8 : 16;
    Parts.Digits = Abs.toMpz().get_str(Base);
    if (Type == 'X')
      upperAscii(Parts.Digits);
    if (F.Alternate)
      Parts.Prefix = std::string("0") + Type;
    GroupSize = 4;
    break;
  }
  default:
    Parts.Digits = Abs.repr();
    break;
  }
  return layoutNumber(Parts, F, GroupSize);
}

static std::string formatStrSpec(const Value &S, const Spec &F) {
  if (F.Type != 0 && F.Type != 's')
    throwUnknownCode(F.Type, "str");
  if (F.Sign)
    throwValueError(F.Sign == ' ' ? "Space not allowed in string format specifier"
                                  : "Sign not allowed in string format specifier");
  if (F.NoNegZero)
    throwValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (F.Alternate)
    throwValueError("Alternate form (#) not allowed in string format specifier");
  if (F.Align == '=')
    throwValueError("'=' alignment not allowed in string format specifier");
  const std::string &Text = S.asStr();
  size_t Len = S.strObject().Length;
  std::string Body = Text;
  if (F.Precision >= 0 && size_t(F.Precision) < Len) {
    Body = Text.substr(0, unicode::byteOffset(Text, size_t(F.Precision)));
    Len = size_t(F.Precision);
  }
  return padText(Body, Len, F);
}

std::string formatValue(const Value &V, std::string_view SpecText) {
  if (SpecText.empty())
    return str(V);
  switch (V.kind()) {
  case Value::Kind::Str:
    return formatStrSpec(V, parseSpec(SpecText, '<', 's', "str"));
  case Value::Kind::Int:
  case Value::Kind::Bool:
    return formatIntSpec(V.toInt(), parseSpec(SpecText, '>', 'd', typeName(V)), typeName(V));
  case Value::Kind::Float:
    return formatFloatSpec(V.asFloat(), parseSpec(SpecText, '>', 0, "float"));
  default:
    break;
  }
  throwTypeError("unsupported format string passed to " + std::string(typeName(V)) +
                 ".__format__");
}

//===----------------------------------------------------------------------===//
// printf-style formatting
//===----------------------------------------------------------------------===//

std::string asciiRepr(const Value &V) {
  std::string R = repr(V);
  std::string Out;
  static constexpr char Hex[] = "0123456789abcdef";
  for (size_t Pos = 0; Pos < R.size();) {
    char32_t C = unicode::decodeNext(R, Pos);
    if (C < 0x80) {
      Out.push_back(char(C));
      continue;
    }
    int Digits = C <= 0xFF ? 2 : C <= 0xFFFF ? 4 : 8;
    Out += Digits == 2 ? "\\x" : Digits == 4 ? "\\u" : "\\U";
    for (int Shift = (Digits - 1) * 4; Shift >= 0; Shift -= 4)
      Out.push_back(Hex[(C >> Shift) & 0xF]);
  }
  return Out;
}

namespace {
/// State of one `Fmt % Args` evaluation (CPython's PyUnicode_Format).
class PercentFormatter {
public:
  PercentFormatter(std::string_view Fmt, const Value &Args) : Fmt(Fmt), Args(Args) {
    if (Args.isTuple()) {
      ArgCount = int64_t(Args.asTuple().size());
      ArgIndex = 0;
    }
    // A non-tuple argument with __getitem__ (other than str) may serve
    // %(key)s lookups and is never "not all converted".
    IsMapping = Args.isDict() || Args.isList() || Args.isRange() || Args.isMatch();
  }
  std::string run();

private:
  const Value &nextArg();
  void formatOne(size_t ConversionStart);

  std::string_view Fmt;
  const Value &Args;
  int64_t ArgCount = -1, ArgIndex = -2; // CPython's arglen / argidx
  bool IsMapping = false;
  Value KeyedStorage;
  bool KeyedPending = false; ///< the looked-up value is the next argument (CPython's argidx -2)
  size_t Pos = 0;
  std::string Out;
};
} // namespace

const Value &PercentFormatter::nextArg() {
  if (KeyedPending) {
    KeyedPending = false;
    return KeyedStorage;
  }
  if (ArgCount < 0) {
    if (ArgIndex == -2) {
      ArgIndex = -1;
      return Args;
    }
  } else if (ArgIndex < ArgCount) {
    return Args.asTuple()[size_t(ArgIndex++)];
  }
  throwTypeError("not enough arguments for format string");
}

static Int intForPercent(const Value &V, char Conv) {
  if (V.isIntegral())
    return V.toInt();
  if (V.isFloat() && (Conv == 'd' || Conv == 'i' || Conv == 'u'))
    return Int::fromDouble(V.asFloat());
  if (Conv == 'd' || Conv == 'i' || Conv == 'u')
    throwTypeError(std::string("%") + Conv + " format: a real number is required, not " +
                   std::string(typeName(V)));
  throwTypeError(std::string("%") + Conv + " format: an integer is required, not " +
                 std::string(typeName(V)));
}

void PercentFormatter::formatOne(size_t ConversionStart) {
  // Pos is just past '%'.
  auto AtEnd = [&] { return Pos >= Fmt.size(); };
  auto Incomplete = [] { throwValueError("incomplete format"); };
  const Value *Arg = nullptr;
  if (!AtEnd() && Fmt[Pos] == '(') {
    if (!IsMapping)
      throwTypeError("format requires a mapping");
    size_t Depth = 1, KeyStart = ++Pos;
    while (!AtEnd() && Depth) {
      if (Fmt[Pos] == '(')
        ++Depth;
      else if (Fmt[Pos] == ')')
        --Depth;
      ++Pos;
    }
    if (Depth)
      throwValueError("incomplete format key");
    KeyedStorage = getItem(Args, Value::str(std::string(Fmt.substr(KeyStart, Pos - 1 - KeyStart))));
    // The looked-up value is the next argument (a '*' takes it: '%(a)*d' then lacks one);
    // keyed formats never use positional arguments.
    KeyedPending = true;
    ArgCount = -1;
    ArgIndex = -1;
  }
  bool Left = false, Plus = false, Blank = false, Alt = false, Zero = false;
  for (; !AtEnd(); ++Pos) {
    char C = Fmt[Pos];
    if (C == '-')
      Left = true;
    else if (C == '+')
      Plus = true;
    else if (C == ' ')
      Blank = true;
    else if (C == '#')
      Alt = true;
    else if (C == '0')
      Zero = true;
    else
      break;
  }
  auto ReadCount = [&](int64_t &Out, bool IsWidth) {
    if (!AtEnd() && Fmt[Pos] == '*') {
      ++Pos;
      const Value &N = nextArg();
      if (!N.isIntegral())
        throwTypeError("* wants int");
      // CPython reads a '*' width as a Py_ssize_t and a precision as a C int.
      auto V = N.toInt().toInt64();
      if (!V || (!IsWidth && (*V > INT32_MAX || *V < INT32_MIN)))
        throwOverflowError(IsWidth ? "Python int too large to convert to C ssize_t"
                                   : "Python int too large to convert to C int");
      Out = *V;
      // CPython raises MemoryError for a width it cannot allocate; that is not reproduced.
      if (IsWidth)
        requireBuildable(Out < 0 ? 0 - uint64_t(Out) : uint64_t(Out), 1, "a value padded to a '*' width");
      if (IsWidth && Out < 0) {
        Left = true;
        Out = -Out;
      }
      if (!IsWidth && Out < 0)
        Out = 0;
      return;
    }
    int64_t N = 0;
    bool Any = false;
    // CPython's parse: a width past Py_ssize_t or a precision past a C int is a ValueError.
    while (!AtEnd() && Fmt[Pos] >= '0' && Fmt[Pos] <= '9') {
      int Digit = Fmt[Pos++] - '0';
      if (N > ((IsWidth ? INT64_MAX : int64_t(INT32_MAX)) - Digit) / 10)
        throwValueError(IsWidth ? "width too big" : "precision too big");
      N = N * 10 + Digit;
      Any = true;
    }
    if (IsWidth && Any)
      requireBuildable(uint64_t(N), 1, "a value padded to its width");
    if (Any || !IsWidth)
      Out = N;
  };
  int64_t Width = -1, Precision = -1;
  ReadCount(Width, true);
  if (!AtEnd() && Fmt[Pos] == '.') {
    ++Pos;
    Precision = 0;
    ReadCount(Precision, false);
  }
  // CPython skips one length modifier ("%ld"); a second one is the conversion ("%lld" raises).
  if (!AtEnd() && (Fmt[Pos] == 'h' || Fmt[Pos] == 'l' || Fmt[Pos] == 'L'))
    ++Pos;
  if (AtEnd())
    Incomplete();
  char Conv = Fmt[Pos++];
  if (Conv == '%' && Pos == ConversionStart + 2) { // "%%"
    Out.push_back('%');
    return;
  }
  if (!Arg)
    Arg = &nextArg(); // CPython fetches the argument before checking the conversion

  Spec F;
  F.Width = Width;
  F.Align = Left ? '<' : '>';
  F.Sign = Plus ? '+' : Blank ? ' ' : 0;
  F.Alternate = Alt;
  bool Numeric = std::string_view("diuoxXeEfFgG").find(Conv) != std::string_view::npos;
  if (Zero && !Left && Numeric) {
    F.Fill = "0";
    F.Align = '=';
  }
  switch (Conv) {
  case 's':
  case 'r':
  case 'a': {
    std::string Text = Conv == 's' ? str(*Arg) : Conv == 'r' ? repr(*Arg) : asciiRepr(*Arg);
    size_t Len = unicode::countCodePoints(Text);
    if (Precision >= 0 && size_t(Precision) < Len) {
      Text = Text.substr(0, unicode::byteOffset(Text, size_t(Precision)));
      Len = size_t(Precision);
    }
    Out += padText(Text, Len, F);
    return;
  }
  case 'c': {
    std::string Text;
    if (Arg->isStr() && Arg->strObject().Length == 1) {
      Text = Arg->asStr();
    } else if (Arg->isIntegral()) {
      auto C = Arg->toInt().toInt64();
      if (!C || *C < 0 || *C > 0x10FFFF)
        throwOverflowError("%c arg not in range(0x110000)");
      unicode::appendUTF8(Text, char32_t(*C));
    } else {
      throwTypeError("%c requires int or char");
    }
    F.Fill = " ";
    if (F.Align == '=')
      F.Align = '>';
    Out += padText(Text, 1, F);
    return;
  }
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': {
    Int I = intForPercent(*Arg, Conv);
    NumberParts Parts;
    Parts.Sign = signFor(I.sign() < 0, F.Sign);
    Int Abs = I.abs();
    if (Conv == 'o' || Conv == 'x' || Conv == 'X') {
      Parts.Digits = Abs.toMpz().get_str(Conv == 'o' ? 8 : 16);
      if (Conv == 'X')
        upperAscii(Parts.Digits);
      if (Alt)
        Parts.Prefix = std::string("0") + Conv;
    } else {
      Parts.Digits = Abs.repr();
    }
    requireBuildable(uint64_t(std::max<int64_t>(Precision, 0)), 1, "an int padded to its precision");
    if (Precision > 0 && size_t(Precision) > Parts.Digits.size())
      Parts.Digits.insert(0, size_t(Precision) - Parts.Digits.size(), '0');
    Out += layoutNumber(Parts, F, 3);
    return;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    if (!Arg->isNumber())
      throwTypeError("must be real number, not " + std::string(typeName(*Arg)));
    double D = Arg->isFloat() ? Arg->asFloat() : Arg->toInt().toDouble();
    F.Type = Conv;
    F.Precision = Precision < 0 ? 6 : Precision;
    Out += formatFloatSpec(D, F);
    return;
  }
  default:
    break;
  }
  // Report the conversion as a code point at a code point index.
  size_t ConvPos = Pos - 1;
  while (ConvPos > 0 && (static_cast<unsigned char>(Fmt[ConvPos]) & 0xC0) == 0x80)
    --ConvPos;
  size_t End = ConvPos;
  char32_t Code = unicode::decodeNext(Fmt, End);
  // PyUnicode_Format shows the character itself only in 31..126, else '?'.
  std::string Shown = Code >= 31 && Code <= 126 ? std::string(1, char(Code)) : std::string("?");
  char Buf[96];
  std::snprintf(Buf, sizeof(Buf), "unsupported format character '%s' (0x%x) at index %zu",
                Shown.c_str(), unsigned(Code), unicode::countCodePoints(Fmt.substr(0, ConvPos)));
  throwValueError(Buf);
}

std::string PercentFormatter::run() {
  while (Pos < Fmt.size()) {
    size_t Next = Fmt.find('%', Pos);
    if (Next == std::string_view::npos) {
      Out.append(Fmt.substr(Pos));
      break;
    }
    Out.append(Fmt.substr(Pos, Next - Pos));
    Pos = Next + 1;
    formatOne(Next);
  }
  if (ArgIndex < ArgCount && !IsMapping)
    throwTypeError("not all arguments converted during string formatting");
  return std::move(Out);
}

std::string percentFormat(std::string_view Fmt, const Value &Args) {
  return PercentFormatter(Fmt, Args).run();
}

} // namespace pyctl
