//===- Methods.cpp - Methods of str, list, dict and tuple -----------------===//

#include "pyctl/Runtime/Set.h"
#include "pyctl/Runtime/Methods.h"
#include "pyctl/Runtime/ArgParse.h"
#include "pyctl/Runtime/BuildLimits.h"

#include "pyctl/Runtime/Attributes.h"
#include "pyctl/Runtime/CaseConvert.h"
#include "pyctl/Runtime/Compare.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/DictViewSetOps.h"
#include "pyctl/Runtime/Format.h"
#include "pyctl/Runtime/Iterator.h"
#include "pyctl/Runtime/Operators.h"
#include "pyctl/Runtime/PythonError.h"
#include "pyctl/Runtime/Repr.h"
#include "pyctl/Runtime/Subscript.h"
#include "pyctl/Runtime/TypeAttributes.h"
#include "pyctl/Runtime/MatchObject.h"
#include "pyctl/Runtime/PatternObject.h"
#include "pyctl/Runtime/Unicode.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pyctl {

namespace {
using Args = std::vector<Value>;

/// The call being made, for argument checks and messages.
struct Call {
  std::string_view Type; // "str", "list", ...
  std::string_view Name; // method name
  Args &A;
  const KeywordArgs &Kw;
  BuiltinContext &Ctx;

  std::string qualified() const { return std::string(Type) + "." + std::string(Name); }

  void noKeywords() const {
    if (!Kw.empty())
      throwTypeError(qualified() + "() takes no keyword arguments");
  }
  /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
  void noArgs() const {
    noKeywords();
    if (!A.empty())
      throwTypeError(qualified() + "() takes no arguments (" + std::to_string(A.size()) +
                     " given)");
  }
  /// METH_O: "list.append() takes exactly one argument (0 given)".
  void oneArg() const {
    noKeywords();
    if (A.size() != 1)
      throwTypeError(qualified() + "() takes exactly one argument (" + std::to_string(A.size()) +
                     " given)");
  }
  /// Argument Clinic's positional check: "get expected at least 1 argument,
  /// got 0" / "insert expected 2 arguments, got 1".
  void positional(size_t Min, size_t Max) const {
    noKeywords();
    checkPositional(Name, A.size(), Min, Max);
  }
  /// METH_VARARGS parsed by PyArg_ParseTuple("O|OO:find"): "find() takes at
  /// least 1 argument (0 given)", "find() takes at most 3 arguments (4
  /// given)".
  void varargsCount(size_t Min, size_t Max) const {
    std::string N(Name);
    auto Plural = [](size_t K) { return std::to_string(K) + (K == 1 ? " argument" : " arguments"); };
    if (A.size() < Min)
      throwTypeError(N + "() takes at least " + Plural(Min) + " (" + std::to_string(A.size()) +
                     " given)");
    if (A.size() > Max)
      throwTypeError(N + "() takes at most " + Plural(Max) + " (" + std::to_string(A.size()) +
                     " given)");
  }
  const Value *arg(size_t I) const { return I < A.size() ? &A[I] : nullptr; }
};
} // namespace

/// An argument used as an index (PyNumber_AsSsize_t, clamped on overflow).
static int64_t indexArg(const Value &V) {
  if (!V.isIntegral())
    throwTypeError("'" + std::string(typeName(V)) + "' object cannot be interpreted as an integer");
  Int I = V.toInt();
  if (auto N = I.toInt64())
    return *N;
  throwOverflowError("Python int too large to convert to C ssize_t");
}

/// A str argument: TypeError "must be str, not int" otherwise (with a
/// non-empty \p Prefix, Argument Clinic's "replace() argument 1 must be str,
/// not None").
static const std::string &strArg(const Value &V, const std::string &Prefix = "") {
  if (!V.isStr())
    throwTypeError(Prefix + "must be str, not " +
                   (Prefix.empty() ? std::string(typeName(V)) : clinicTypeName(V)));
  return V.asStr();
}

//===----------------------------------------------------------------------===//
// str helpers (code points)
//===----------------------------------------------------------------------===//

/// CPython's ADJUST_INDICES for optional start/end arguments.
static void adjustIndices(const Value *StartV, const Value *EndV, int64_t Len, int64_t &Start,
                          int64_t &End) {
  auto Bound = [](const Value *V, int64_t Default) {
    if (!V || V->isNone())
      return Default;
    if (!V->isIntegral())
      throwTypeError("slice indices must be integers or None or have an __index__ method");
    Int I = V->toInt();
    if (auto N = I.toInt64())
      return *N;
    return I.sign() < 0 ? std::numeric_limits<int64_t>::min()
                        : std::numeric_limits<int64_t>::max();
  };
  Start = Bound(StartV, 0);
  End = Bound(EndV, std::numeric_limits<int64_t>::max());
  if (End > Len)
    End = Len;
  else if (End < 0) {
    End += Len;
    if (End < 0)
      End = 0;
  }
  if (Start < 0) {
    Start += Len;
    if (Start < 0)
      Start = 0;
  }
}

static std::u32string_view window(const std::u32string &S, int64_t Start, int64_t End) {
  if (Start >= End)
    return {};
  return std::u32string_view(S).substr(size_t(Start), size_t(End - Start));
}

/// find / rfind / index / rindex / count over code points.
static int64_t findIn(const Call &C, const Value &Self, bool Reverse, int64_t *CountOut) {
  C.noKeywords();
  C.varargsCount(1, 3);
  std::u32string Hay = unicode::decode(Self.asStr());
  int64_t Start, End; // CPython parses the bounds before checking the needle
  adjustIndices(C.arg(1), C.arg(2), int64_t(Hay.size()), Start, End);
  std::u32string Needle = unicode::decode(strArg(C.A[0]));
  if (CountOut) {
    if (Start > int64_t(Hay.size()) || End < Start) {
      *CountOut = 0;
      return 0;
    }
    if (Needle.empty()) {
      *CountOut = End - Start + 1;
      return 0;
    }
    std::u32string_view W = window(Hay, Start, End);
    int64_t N = 0;
    for (size_t Pos = W.find(Needle); Pos != std::u32string_view::npos;
         Pos = W.find(Needle, Pos + Needle.size()))
      ++N;
    *CountOut = N;
    return 0;
  }
  if (Start > int64_t(Hay.size()) || End - Start < int64_t(Needle.size()))
    return -1;
  std::u32string_view W = window(Hay, Start, End);
  size_t Pos = Reverse ? W.rfind(Needle) : W.find(Needle);
  if (Needle.empty())
    Pos = Reverse ? W.size() : 0;
  return Pos == std::u32string_view::npos ? -1 : Start + int64_t(Pos);
}

static bool matchAffix(const Call &C, const Value &Self, bool Suffix) {
  C.noKeywords();
  C.varargsCount(1, 3);
  std::u32string S = unicode::decode(Self.asStr());
  int64_t Start, End;
  adjustIndices(C.arg(1), C.arg(2), int64_t(S.size()), Start, End);
  auto Matches = [&](const std::string &AffixText) {
    std::u32string Affix = unicode::decode(AffixText);
    if (End - Start < int64_t(Affix.size()) || Start > int64_t(S.size()))
      return false;
    size_t At = Suffix ? size_t(End) - Affix.size() : size_t(Start);
    return std::u32string_view(S).substr(At, Affix.size()) == Affix;
  };
  const Value &P = C.A[0];
  if (P.isStr())
    return Matches(P.asStr());
  if (P.isTuple()) {
    for (const Value &Item : P.asTuple()) {
      if (!Item.isStr())
        throwTypeError("tuple for " + std::string(C.Name) + " must only contain str, not " +
                       std::string(typeName(Item)));
      if (Matches(Item.asStr()))
        return true;
    }
    return false;
  }
  throwTypeError(std::string(C.Name) + " first arg must be str or a tuple of str, not " +
                 std::string(typeName(P)));
}

/// strip / lstrip / rstrip.
static Value stripStr(const Call &C, const Value &Self, bool Left, bool Right) {
  C.noKeywords();
  if (C.A.size() > 1)
    throwTypeError(std::string(C.Name) + " expected at most 1 argument, got " +
                   std::to_string(C.A.size()));
  std::u32string Chars;
  bool Whitespace = C.A.empty() || C.A[0].isNone();
  if (!Whitespace) {
    if (!C.A[0].isStr())
      throwTypeError(std::string(C.Name) + " arg must be None or str");
    Chars = unicode::decode(C.A[0].asStr());
  }
  auto Strip = [&](char32_t Ch) {
    return Whitespace ? unicode::isSpace(Ch) : Chars.find(Ch) != std::u32string::npos;
  };
  std::u32string S = unicode::decode(Self.asStr());
  size_t B = 0, E = S.size();
  if (Left)
    while (B < E && Strip(S[B]))
      ++B;
  if (Right)
    while (E > B && Strip(S[E - 1]))
      --E;
  return Value::str(unicode::encode(std::u32string_view(S).substr(B, E - B)));
}

/// split / rsplit.
static Value splitStr(const Call &C, const Value &Self, bool Reverse) {
  auto P = parseArgs({C.Name, {"sep", "maxsplit"}}, C.A, C.Kw);
  const Value *SepV = P[0];
  const Value *MaxV = P[1];
  int64_t MaxSplit = MaxV ? indexArg(*MaxV) : -1;
  if (MaxSplit < 0)
    MaxSplit = std::numeric_limits<int64_t>::max();
  std::u32string S = unicode::decode(Self.asStr());
  std::vector<std::u32string> Parts;
  if (!SepV || SepV->isNone()) {
    // Runs of whitespace separate; leading/trailing whitespace is dropped.
    if (!Reverse) {
      size_t I = 0;
      while (true) {
        while (I < S.size() && unicode::isSpace(S[I]))
          ++I;
        if (I == S.size())
          break;
        if (int64_t(Parts.size()) == MaxSplit) {
          Parts.push_back(S.substr(I));
          break;
        }
        size_t J = I;
        while (J < S.size() && !unicode::isSpace(S[J]))
          ++J;
        Parts.push_back(S.substr(I, J - I));
        I = J;
      }
    } else {
      size_t I = S.size();
      while (true) {
        while (I > 0 && unicode::isSpace(S[I - 1]))
          --I;
        if (I == 0)
          break;
        if (int64_t(Parts.size()) == MaxSplit) {
          Parts.push_back(S.substr(0, I));
          break;
        }
        size_t J = I;
        while (J > 0 && !unicode::isSpace(S[J - 1]))
          --J;
        Parts.push_back(S.substr(J, I - J));
        I = J;
      }
      std::reverse(Parts.begin(), Parts.end());
    }
  } else {
    if (!SepV->isStr())
      throwTypeError("must be str or None, not " + std::string(typeName(*SepV)));
    std::u32string Sep = unicode::decode(SepV->asStr());
    if (Sep.empty())
      throwValueError("empty separator");
    if (!Reverse) {
      size_t I = 0;
      int64_t Splits = 0;
      while (true) {
        size_t At = Splits < MaxSplit ? S.find(Sep, I) : std::u32string::npos;
        if (At == std::u32string::npos) {
          Parts.push_back(S.substr(I));
          break;
        }
        Parts.push_back(S.substr(I, At - I));
        I = At + Sep.size();
        ++Splits;
      }
    } else {
      size_t End = S.size();
      int64_t Splits = 0;
      while (true) {
        size_t At = std::u32string::npos;
        if (Splits < MaxSplit && End >= Sep.size())
          At = S.rfind(Sep, End - Sep.size());
        if (At == std::u32string::npos) {
          Parts.push_back(S.substr(0, End));
          break;
        }
        Parts.push_back(S.substr(At + Sep.size(), End - At - Sep.size()));
        End = At;
        ++Splits;
      }
      std::reverse(Parts.begin(), Parts.end());
    }
  }
  std::vector<Value> Out;
  Out.reserve(Parts.size());
  for (const auto &P : Parts)
    Out.push_back(Value::str(unicode::encode(P)));
  return Value::list(std::move(Out));
}

static bool isLineBreak(char32_t C) {
  switch (C) {
  case '\n':
  case '\r':
  case 0x0B:
  case 0x0C:
  case 0x1C:
  case 0x1D:
  case 0x1E:
  case 0x85:
  case 0x2028:
  case 0x2029:
    return true;
  default:
    return false;
  }
}

static Value splitLines(const Call &C, const Value &Self) {
  const Value *KeepV = parseArgs({"splitlines", {"keepends"}}, C.A, C.Kw)[0];
  bool Keep = KeepV && cIntFlagArg(*KeepV);
  std::u32string S = unicode::decode(Self.asStr());
  std::vector<Value> Out;
  size_t I = 0;
  while (I < S.size()) {
    size_t J = I;
    while (J < S.size() && !isLineBreak(S[J]))
      ++J;
    size_t EolEnd = J;
    if (J < S.size())
      EolEnd = (S[J] == '\r' && J + 1 < S.size() && S[J + 1] == '\n') ? J + 2 : J + 1;
    Out.push_back(Value::str(unicode::encode(S.substr(I, (Keep ? EolEnd : J) - I))));
    I = EolEnd;
  }
  return Value::list(std::move(Out));
}

static Value joinStr(const Call &C, const Value &Self) {
  C.oneArg();
  const Value &It = C.A[0];
  if (!(It.isList() || It.isTuple() || It.isStr() || It.isDict() || It.isDictView() ||
        It.isRange() || It.isSet() || It.isIterator()))
    throwTypeError("can only join an iterable");
  std::vector<Value> Items = iterate(It);
  std::string Out;
  for (size_t I = 0; I < Items.size(); ++I) {
    if (!Items[I].isStr())
      throwTypeError("sequence item " + std::to_string(I) + ": expected str instance, " +
                     std::string(typeName(Items[I])) + " found");
    if (I)
      Out += Self.asStr();
    Out += Items[I].asStr();
  }
  return Value::str(std::move(Out));
}

static Value replaceStr(const Call &C, const Value &Self) {
  C.positional(2, 3);
  const std::string &Old = strArg(C.A[0], "replace() argument 1 ");
  const std::string &New = strArg(C.A[1], "replace() argument 2 ");
  int64_t Count = C.A.size() == 3 ? indexArg(C.A[2]) : -1;
  if (Count < 0)
    Count = std::numeric_limits<int64_t>::max();
  const std::string &S = Self.asStr();
  std::string Out;
  if (Old.empty()) {
    // Insert New before every code point and at the end.
    int64_t Done = 0;
    size_t Pos = 0;
    while (Pos < S.size()) {
      if (Done < Count) {
        Out += New;
        ++Done;
      }
      size_t From = Pos;
      unicode::decodeNext(S, Pos);
      Out.append(S, From, Pos - From);
    }
    if (Done < Count)
      Out += New;
    return Value::str(std::move(Out));
  }
  size_t Pos = 0;
  for (int64_t Done = 0; Done < Count; ++Done) {
    size_t At = S.find(Old, Pos);
    if (At == std::string::npos)
      break;
    Out.append(S, Pos, At - Pos);
    Out += New;
    Pos = At + Old.size();
  }
  Out.append(S, Pos, std::string::npos);
  return Value::str(std::move(Out));
}

static Value partitionStr(const Call &C, const Value &Self, bool Reverse) {
  C.oneArg();
  const std::string &Sep = strArg(C.A[0]);
  if (Sep.empty())
    throwValueError("empty separator");
  const std::string &S = Self.asStr();
  size_t At = Reverse ? S.rfind(Sep) : S.find(Sep);
  if (At == std::string::npos)
    return Reverse ? Value::tuple({Value::str(""), Value::str(""), Self})
                   : Value::tuple({Self, Value::str(""), Value::str("")});
  return Value::tuple({Value::str(S.substr(0, At)), Value::str(Sep),
                       Value::str(S.substr(At + Sep.size()))});
}

/// lower / upper / capitalize / title / swapcase with CPython's full case
/// mappings and final-sigma rule (CaseConvert.h).
static Value changeCase(const Call &C, const Value &Self) {
  C.noArgs();
  std::string_view S = Self.asStr(), N = C.Name;
  if (N == "lower")
    return Value::str(caseconv::lower(S));
  if (N == "upper")
    return Value::str(caseconv::upper(S));
  if (N == "capitalize")
    return Value::str(caseconv::capitalize(S));
  if (N == "title")
    return Value::str(caseconv::title(S));
  if (N == "casefold")
    return Value::str(caseconv::casefold(S));
  return Value::str(caseconv::swapcase(S));
}

static Value predicate(const Call &C, const Value &Self) {
  C.noArgs();
  std::u32string S = unicode::decode(Self.asStr());
  std::string_view N = C.Name;
  if (N == "isascii")
    return Value::boolean(Self.strObject().ASCII);
  if (N == "istitle")
    return Value::boolean(caseconv::istitle(Self.asStr()));
  if (N == "isidentifier") {
    // CPython's _PyUnicode_ScanIdentifier, without NFKC normalisation.
    if (S.empty() || !(unicode::isIdentifierStart(S[0]) || S[0] == '_'))
      return Value::boolean(false);
    return Value::boolean(std::all_of(S.begin() + 1, S.end(), unicode::isIdentifierContinue));
  }
  if (N == "islower" || N == "isupper") {
    bool WantLower = N == "islower";
    bool Cased = false;
    for (char32_t Ch : S) {
      bool Lower = unicode::isLower(Ch), Upper = unicode::isUpper(Ch), Title = unicode::isTitle(Ch);
      if (Title || (WantLower ? Upper : Lower))
        return Value::boolean(false);
      if (WantLower ? Lower : Upper)
        Cased = true;
    }
    return Value::boolean(Cased);
  }
  if (S.empty())
    return Value::boolean(false);
  bool (*Test)(char32_t) = nullptr;
  if (N == "isdigit")
    Test = unicode::isDigit;
  else if (N == "isdecimal")
    Test = unicode::isDecimal;
  else if (N == "isnumeric")
    Test = unicode::isNumeric;
  else if (N == "isalpha")
    Test = unicode::isAlpha;
  else if (N == "isspace")
    Test = unicode::isSpace;
  else // isalnum
    Test = [](char32_t Ch) {
      return unicode::isAlpha(Ch) || unicode::isDecimal(Ch) || unicode::isDigit(Ch) ||
             unicode::isNumeric(Ch);
    };
  return Value::boolean(std::all_of(S.begin(), S.end(), Test));
}

/// center / ljust / rjust.
static Value padStr(const Call &C, const Value &Self) {
  C.positional(1, 2);
  int64_t Width = indexArg(C.A[0]);
  char32_t Fill = ' ';
  if (C.A.size() == 2) {
    if (!C.A[1].isStr())
      throwTypeError("The fill character must be a unicode character, not " +
                     std::string(typeName(C.A[1])));
    if (C.A[1].strObject().Length != 1)
      throwTypeError("The fill character must be exactly one character long");
    size_t Pos = 0;
    Fill = unicode::decodeNext(C.A[1].asStr(), Pos);
  }
  int64_t Len = int64_t(Self.strObject().Length);
  if (Width <= Len)
    return Self;
  int64_t Margin = Width - Len, Left;
  std::string FillText;
  unicode::appendUTF8(FillText, Fill);
  requireBuildable(uint64_t(Margin), FillText.size(), "str." + std::string(C.Name) + "() result");
  if (C.Name == "ljust")
    Left = 0;
  else if (C.Name == "rjust")
    Left = Margin;
  else
    Left = Margin / 2 + (Margin & Width & 1);
  std::string Out;
  for (int64_t I = 0; I < Left; ++I)
    Out += FillText;
  Out += Self.asStr();
  for (int64_t I = Left; I < Margin; ++I)
    Out += FillText;
  return Value::str(std::move(Out));
}

static Value zfillStr(const Call &C, const Value &Self) {
  C.oneArg();
  int64_t Width = indexArg(C.A[0]);
  int64_t Len = int64_t(Self.strObject().Length);
  if (Width <= Len)
    return Self;
  requireBuildable(uint64_t(Width - Len), 1, "str.zfill() result");
  std::string S = Self.asStr();
  size_t Insert = (!S.empty() && (S[0] == '+' || S[0] == '-')) ? 1 : 0;
  S.insert(Insert, size_t(Width - Len), '0');
  return Value::str(std::move(S));
}

/// str.expandtabs(tabsize=8) (CPython's unicode_expandtabs_impl): a tab
/// becomes the spaces up to the next multiple of tabsize (none when tabsize
/// <= 0), columns count code points and restart after '\n' and '\r'.
static Value expandTabs(const Call &C, const Value &Self) {
  // Argument Clinic's _PyArg_UnpackKeywords for (self, /, tabsize=8).
  const Value *TabArg = parseArgs({"expandtabs", {"tabsize"}}, C.A, C.Kw)[0];
  int64_t TabSize = 8;
  if (TabArg) {
    if (!TabArg->isIntegral())
      throwTypeError("'" + std::string(typeName(*TabArg)) +
                     "' object cannot be interpreted as an integer");
    auto N = TabArg->toInt().toInt64();
    if (!N || *N > std::numeric_limits<int32_t>::max() || *N < std::numeric_limits<int32_t>::min())
      throwOverflowError("Python int too large to convert to C int");
    TabSize = *N;
  }
  const std::string &S = Self.asStr();
  if (S.find('\t') == std::string::npos)
    return Self;
  std::string Out;
  int64_t Column = 0, Length = 0;
  for (size_t Pos = 0; Pos < S.size();) {
    size_t From = Pos;
    char32_t Ch = unicode::decodeNext(S, Pos);
    if (Ch == '\t') {
      if (TabSize > 0) {
        int64_t Incr = TabSize - Column % TabSize;
        Column += Incr;
        Length += Incr;
        requireBuildable(uint64_t(Length), 1, "str.expandtabs() result");
        Out.append(size_t(Incr), ' ');
      }
      continue;
    }
    ++Column;
    ++Length;
    Out.append(S, From, Pos - From);
    if (Ch == '\n' || Ch == '\r')
      Column = 0;
  }
  return Value::str(std::move(Out));
}

static Value strMethod(Call &C, const Value &Self) {
  std::string_view N = C.Name;
  if (N == "lower" || N == "upper" || N == "capitalize" || N == "title" || N == "swapcase" ||
      N == "casefold")
    return changeCase(C, Self);
  if (N == "expandtabs")
    return expandTabs(C, Self);
  if (N == "strip")
    return stripStr(C, Self, true, true);
  if (N == "lstrip")
    return stripStr(C, Self, true, false);
  if (N == "rstrip")
    return stripStr(C, Self, false, true);
  if (N == "split" || N == "rsplit")
    return splitStr(C, Self, N == "rsplit");
  if (N == "splitlines")
    return splitLines(C, Self);
  if (N == "join")
    return joinStr(C, Self);
  if (N == "replace")
    return replaceStr(C, Self);
  if (N == "find" || N == "rfind" || N == "index" || N == "rindex") {
    int64_t At = findIn(C, Self, N == "rfind" || N == "rindex", nullptr);
    if (At < 0 && (N == "index" || N == "rindex"))
      throwValueError("substring not found");
    return Value::integer(At);
  }
  if (N == "count") {
    int64_t Count = 0;
    findIn(C, Self, false, &Count);
    return Value::integer(Count);
  }
  if (N == "startswith" || N == "endswith")
    return Value::boolean(matchAffix(C, Self, N == "endswith"));
  if (N == "partition" || N == "rpartition")
    return partitionStr(C, Self, N == "rpartition");
  if (N == "removeprefix" || N == "removesuffix") {
    C.oneArg();
    const std::string &Affix = strArg(C.A[0], std::string(N) + "() argument ");
    const std::string &S = Self.asStr();
    if (N == "removeprefix" && S.compare(0, Affix.size(), Affix) == 0)
      return Value::str(S.substr(Affix.size()));
    if (N == "removesuffix" && !Affix.empty() && S.size() >= Affix.size() &&
        S.compare(S.size() - Affix.size(), Affix.size(), Affix) == 0)
      return Value::str(S.substr(0, S.size() - Affix.size()));
    return Self;
  }
  if (N == "zfill")
    return zfillStr(C, Self);
  if (N == "center" || N == "ljust" || N == "rjust")
    return padStr(C, Self);
  if (N == "format")
    return Value::str(strFormat(Self.asStr(), C.A, C.Kw));
  return predicate(C, Self); // the is* methods (hasMethod checked the name)
}

//===----------------------------------------------------------------------===//
// str.format
//===----------------------------------------------------------------------===//

namespace {
class FormatExpander {
public:
  FormatExpander(const std::vector<Value> &Args, const KeywordArgs &Kwargs)
      : Args(Args), Kwargs(Kwargs) {}
  std::string expand(std::string_view Fmt, int Depth);

private:
  Value lookup(std::string_view FieldName);
  /// One replacement field, parsed from just after its '{' as CPython 3.11's
  /// parse_field parses it: the name (a '[' skips to the next ']'), then an
  /// optional '!' and conversion character, then an optional ':' and a spec
  /// whose braces nest, up to the field's '}'. Sets \p Next past that '}'.
  std::string field(std::string_view Fmt, size_t Start, size_t &Next, int Depth);

  const std::vector<Value> &Args;
  const KeywordArgs &Kwargs;
  int AutoIndex = 0; ///< -1 once manual numbering was used
  bool UsedAuto = false;
};
} // namespace

/// A field's decimal number (CPython's get_integer): past Py_ssize_t it is a ValueError.
static size_t formatDecimal(std::string_view Digits) {
  uint64_t N = 0;
  for (char Ch : Digits) {
    if (N > (uint64_t(INT64_MAX) - uint64_t(Ch - '0')) / 10)
      throwValueError("Too many decimal digits in format string");
    N = N * 10 + uint64_t(Ch - '0');
  }
  return size_t(N);
}

Value FormatExpander::lookup(std::string_view Name) {
  size_t FirstEnd = Name.find_first_of(".[");
  std::string_view First = Name.substr(0, FirstEnd);
  Value V;
  if (First.empty()) {
    if (AutoIndex < 0)
      throwValueError("cannot switch from manual field specification to automatic field numbering");
    UsedAuto = true;
    size_t I = size_t(AutoIndex++);
    if (I >= Args.size())
      throwIndexError("Replacement index " + std::to_string(I) +
                      " out of range for positional args tuple");
    V = Args[I];
  } else if (std::all_of(First.begin(), First.end(), [](char Ch) { return Ch >= '0' && Ch <= '9'; })) {
    if (UsedAuto)
      throwValueError("cannot switch from automatic field numbering to manual field specification");
    AutoIndex = -1;
    size_t I = formatDecimal(First);
    if (I >= Args.size())
      throwIndexError("Replacement index " + std::to_string(I) +
                      " out of range for positional args tuple");
    V = Args[I];
  } else {
    bool Found = false;
    for (const auto &[K, Val] : Kwargs)
      if (K == First) {
        V = Val;
        Found = true;
      }
    if (!Found)
      throw PythonError("KeyError", repr(Value::str(std::string(First))));
  }
  // Attribute accesses .name (getAttribute: CPython's AttributeError, or
  // unsupported for an attribute pyctl does not model) and element accesses
  // [key] (digits -> int), parsed lazily as CPython's FieldNameIterator does.
  size_t Pos = FirstEnd;
  while (Pos != std::string_view::npos && Pos < Name.size()) {
    if (Name[Pos] == '.') {
      size_t End = Name.find_first_of(".[", Pos + 1);
      std::string_view Attr = Name.substr(Pos + 1, End == std::string_view::npos ? std::string_view::npos : End - Pos - 1);
      if (Attr.empty())
        throwValueError("Empty attribute in format string");
      V = getAttribute(V, Attr);
      Pos = End;
      continue;
    }
    size_t Close = Name.find(']', Pos);
    if (Close == std::string_view::npos)
      throwValueError("Missing ']' in format string");
    std::string_view Key = Name.substr(Pos + 1, Close - Pos - 1);
    if (Key.empty())
      throwValueError("Empty attribute in format string");
    bool Digits = std::all_of(Key.begin(), Key.end(), [](char Ch) { return Ch >= '0' && Ch <= '9'; });
    V = getItem(V, Digits ? Value::integer(int64_t(formatDecimal(Key)))
                          : Value::str(std::string(Key)));
    Pos = Close + 1;
    if (Pos < Name.size() && Name[Pos] != '.' && Name[Pos] != '[')
      throwValueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return V;
}

std::string FormatExpander::field(std::string_view Fmt, size_t Start, size_t &Next, int Depth) {
  size_t I = Start;
  char C = 0;
  bool Stopped = false;
  while (I < Fmt.size()) {
    C = Fmt[I++];
    if (C == '{')
      throwValueError("unexpected '{' in field name");
    if (C == '[') {
      while (I < Fmt.size() && Fmt[I] != ']')
        ++I;
      continue;
    }
    if (C == '}' || C == ':' || C == '!') {
      Stopped = true;
      break;
    }
  }
  std::string_view Name = Fmt.substr(Start, (Stopped ? I - 1 : I) - Start);
  char Conversion = 0;
  std::string_view Spec;
  // The spec: to the '}' that closes the field, nested braces counted.
  auto ParseSpec = [&] {
    size_t SpecStart = I;
    int Count = 1;
    while (I < Fmt.size()) {
      char S = Fmt[I++];
      if (S == '{') {
        ++Count;
      } else if (S == '}' && --Count == 0) {
        Spec = Fmt.substr(SpecStart, I - 1 - SpecStart);
        Next = I;
        return;
      }
    }
    throwValueError("unmatched '{' in format spec");
  };
  if (Stopped && C == '!') {
    if (I >= Fmt.size())
      throwValueError("end of string while looking for conversion specifier");
    Conversion = Fmt[I++];
    bool Done = false;
    if (I < Fmt.size()) {
      char After = Fmt[I++];
      if (After == '}') {
        Next = I;
        Done = true;
      } else if (After != ':') {
        throwValueError("expected ':' after conversion specifier");
      }
    }
    if (!Done)
      ParseSpec();
  } else if (Stopped && C == ':') {
    ParseSpec();
  } else if (Stopped && C == '}') {
    Next = I;
  } else {
    throwValueError("expected '}' before end of string");
  }
  Value V = lookup(Name);
  switch (Conversion) {
  case 0:
    break;
  case 'r':
    V = Value::str(repr(V));
    break;
  case 's':
    V = Value::str(str(V));
    break;
  case 'a':
    V = Value::str(asciiRepr(V));
    break;
  default:
    throwValueError(std::string("Unknown conversion specifier ") + Conversion);
  }
  std::string SpecText = Spec.find('{') != std::string_view::npos ? expand(Spec, Depth + 1)
                                                                  : std::string(Spec);
  return formatValue(V, SpecText);
}

std::string FormatExpander::expand(std::string_view Fmt, int Depth) {
  if (Depth > 1)
    throwValueError("Max string recursion exceeded");
  std::string Out;
  for (size_t I = 0; I < Fmt.size(); ++I) {
    char Ch = Fmt[I];
    if (Ch == '}') {
      if (I + 1 < Fmt.size() && Fmt[I + 1] == '}') {
        Out.push_back('}');
        ++I;
        continue;
      }
      throwValueError("Single '}' encountered in format string");
    }
    if (Ch != '{') {
      Out.push_back(Ch);
      continue;
    }
    if (I + 1 < Fmt.size() && Fmt[I + 1] == '{') {
      Out.push_back('{');
      ++I;
      continue;
    }
    if (I + 1 >= Fmt.size())
      throwValueError("Single '{' encountered in format string");
    size_t Next = 0;
    Out += field(Fmt, I + 1, Next, Depth);
    I = Next - 1;
  }
  return Out;
}

std::string strFormat(std::string_view Format, const std::vector<Value> &Args,
                      const KeywordArgs &Kwargs) {
  return FormatExpander(Args, Kwargs).expand(Format, 0);
}

//===----------------------------------------------------------------------===//
// list, tuple, dict
//===----------------------------------------------------------------------===//

/// list.index / tuple.index search range.
static int64_t indexOf(const Call &C, const std::vector<Value> &Items) {
  C.positional(1, 3);
  int64_t Len = int64_t(Items.size());
  auto Clamp = [&](const Value *V, int64_t Default) {
    if (!V)
      return Default;
    if (!V->isIntegral())
      throwTypeError("slice indices must be integers or have an __index__ method");
    Int Big = V->toInt();
    auto Small = Big.toInt64();
    int64_t X = Small ? *Small : (Big.sign() < 0 ? std::numeric_limits<int64_t>::min() / 2
                                                 : std::numeric_limits<int64_t>::max() / 2);
    if (X < 0) {
      X += Len;
      if (X < 0)
        X = 0;
    }
    return std::min(X, Len);
  };
  int64_t Start = Clamp(C.arg(1), 0), Stop = Clamp(C.arg(2), Len);
  for (int64_t I = Start; I < Stop; ++I)
    if (containerItemEquals(Items[size_t(I)], C.A[0]))
      return I;
  return -1;
}

static int64_t countOf(const Call &C, const std::vector<Value> &Items) {
  C.oneArg();
  int64_t N = 0;
  for (const Value &V : Items)
    if (containerItemEquals(V, C.A[0]))
      ++N;
  return N;
}

static Value listMethod(Call &C, const Value &Self) {
  std::vector<Value> &Items = *Self.asList();
  std::string_view N = C.Name;
  if (N == "append") {
    C.oneArg();
    Items.push_back(C.A[0]);
    return Value::none();
  }
  if (N == "extend") {
    C.oneArg();
    if (C.A[0].isIterator()) {
      // As CPython: each item is appended as it is pulled, so what an
      // exception in the iterator (a map's function) interrupts stays.
      forEachItem(C.A[0], [&](const Value &V) {
        requireBuildable(Items.size() + 1, 1, "list");
        Items.push_back(V);
        return true;
      });
      return Value::none();
    }
    std::vector<Value> More = iterate(C.A[0]);
    Items.insert(Items.end(), More.begin(), More.end());
    return Value::none();
  }
  if (N == "insert") {
    C.positional(2, 2);
    int64_t I = indexArg(C.A[0]), Len = int64_t(Items.size());
    if (I < 0) {
      I += Len;
      if (I < 0)
        I = 0;
    }
    I = std::min(I, Len);
    Items.insert(Items.begin() + I, C.A[1]);
    return Value::none();
  }
  if (N == "pop") {
    C.positional(0, 1);
    int64_t I = C.A.empty() ? -1 : indexArg(C.A[0]);
    if (Items.empty())
      throwIndexError("pop from empty list");
    int64_t Len = int64_t(Items.size());
    if (I < 0)
      I += Len;
    if (I < 0 || I >= Len)
      throwIndexError("pop index out of range");
    Value Out = Items[size_t(I)];
    Items.erase(Items.begin() + I);
    return Out;
  }
  if (N == "remove") {
    C.oneArg();
    for (size_t I = 0; I < Items.size(); ++I)
      if (containerItemEquals(Items[I], C.A[0])) {
        Items.erase(Items.begin() + int64_t(I));
        return Value::none();
      }
    throwValueError("list.remove(x): x not in list");
  }
  if (N == "index") {
    int64_t I = indexOf(C, Items);
    if (I < 0)
      throwValueError(repr(C.A[0]) + " is not in list");
    return Value::integer(I);
  }
  if (N == "count")
    return Value::integer(countOf(C, Items));
  if (N == "copy") {
    C.noArgs();
    return Value::list(Items);
  }
  if (N == "clear") {
    C.noArgs();
    Items.clear();
    return Value::none();
  }
  if (N == "reverse") {
    C.noArgs();
    std::reverse(Items.begin(), Items.end());
    return Value::none();
  }
  // sort(*, key=None, reverse=False)
  auto P = parseArgs({"sort", {"key", "reverse"}, 0, 0, 0}, C.A, C.Kw);
  const Value *Key = P[0] && !P[0]->isNone() ? P[0] : nullptr;
  bool Reverse = P[1] && cIntFlagArg(*P[1]);
  // CPython empties the list while it sorts: key functions and comparisons
  // of a list holding itself see [], and a key function that adds items makes
  // sort raise once it has finished.
  std::vector<Value> Sorted = Items;
  Items.clear();
  if (Key) {
    std::vector<Value> Keys;
    try {
      for (const Value &Item : Sorted)
        Keys.push_back(callValue(*Key, {Item}, C.Ctx));
    } catch (...) {
      Items = Sorted;
      throw;
    }
    bool Modified = !Items.empty();
    // A comparison that raises leaves the list partly sorted, as CPython
    // does; whatever the key function added is dropped either way.
    try {
      sortValues(Sorted, &Keys, Reverse);
    } catch (...) {
      Items = std::move(Sorted);
      throw;
    }
    Items = std::move(Sorted);
    if (Modified)
      throw PythonError("ValueError", "list modified during sort");
  } else {
    try {
      sortValues(Sorted, nullptr, Reverse);
    } catch (...) {
      Items = std::move(Sorted);
      throw;
    }
    Items = std::move(Sorted);
  }
  return Value::none();
}

static Value tupleMethod(Call &C, const Value &Self) {
  const std::vector<Value> &Items = Self.asTuple();
  if (C.Name == "index") {
    int64_t I = indexOf(C, Items);
    if (I < 0)
      throwValueError("tuple.index(x): x not in tuple");
    return Value::integer(I);
  }
  return Value::integer(countOf(C, Items));
}

/// dict.fromkeys(iterable, value=None) (also called on a dict): a new dict
/// whose keys are the items of \p iterable in the order they are pulled, each
/// mapped to the one \p value (shared, not copied). CPython's dict_fromkeys:
/// the items are added as they are pulled, so an unhashable one raises
/// TypeError after the items before it were pulled.
static Value dictFromKeys(const Call &C) {
  if (!C.Kw.empty())
    throwTypeError("dict.fromkeys() takes no keyword arguments");
  C.positional(1, 2);
  Value Out = Value::dict();
  Dict &D = *Out.asDict();
  Value Val = C.A.size() == 2 ? C.A[1] : Value::none();
  forEachItem(C.A[0], [&](const Value &Key) {
    D.set(Key, Val);
    return true;
  });
  return Out;
}

static Value dictMethod(Call &C, const Value &Self) {
  Dict &D = *Self.asDict();
  std::string_view N = C.Name;
  if (N == "fromkeys")
    return dictFromKeys(C);
  if (N == "get") {
    C.positional(1, 2);
    const Value *Found = D.find(C.A[0]);
    return Found ? *Found : (C.A.size() == 2 ? C.A[1] : Value::none());
  }
  if (N == "keys" || N == "values" || N == "items") {
    C.noArgs();
    DictViewKind Which = N == "keys"     ? DictViewKind::Keys
                         : N == "values" ? DictViewKind::Values
                                         : DictViewKind::Items;
    return Value::dictView(Self.asDict(), Which);
  }
  if (N == "pop") {
    C.positional(1, 2);
    if (D.empty() && C.A.size() == 2)
      return C.A[1]; // CPython does not hash the key of an empty dict
    if (D.empty())
      throw PythonError("KeyError", repr(C.A[0]));
    if (auto Removed = D.erase(C.A[0]))
      return *Removed;
    if (C.A.size() == 2)
      return C.A[1];
    throw PythonError("KeyError", repr(C.A[0]));
  }
  if (N == "popitem") {
    C.noArgs();
    auto Last = D.popLast();
    if (!Last)
      throw PythonError("KeyError", "'popitem(): dictionary is empty'");
    return Value::tuple({Last->Key, Last->Val});
  }
  if (N == "setdefault") {
    C.positional(1, 2);
    if (const Value *Found = D.find(C.A[0]))
      return *Found;
    Value Default = C.A.size() == 2 ? C.A[1] : Value::none();
    D.set(C.A[0], Default);
    return Default;
  }
  if (N == "update") {
    if (C.A.size() > 1)
      throwTypeError("update expected at most 1 argument, got " + std::to_string(C.A.size()));
    if (!C.A.empty())
      updateDict(D, C.A[0]);
    for (const auto &[K, V] : C.Kw)
      D.set(Value::str(K), V);
    return Value::none();
  }
  if (N == "copy") {
    C.noArgs();
    Value Copy = Value::dict();
    for (const auto &E : D.entries())
      Copy.asDict()->set(E.Key, E.Val);
    return Copy;
  }
  // clear
  C.noArgs();
  D.clear();
  return Value::none();
}

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

static bool inList(std::string_view Name, std::initializer_list<std::string_view> Names) {
  return std::find(Names.begin(), Names.end(), Name) != Names.end();
}

bool hasMethod(const Value &Self, std::string_view Name) {
  switch (Self.kind()) {
  case Value::Kind::Str:
    return inList(Name, {"lower",      "upper",      "capitalize", "title",      "swapcase",
                         "strip",      "lstrip",     "rstrip",     "split",      "rsplit",
                         "splitlines", "join",       "replace",    "find",       "rfind",
                         "index",      "rindex",     "count",      "startswith", "endswith",
                         "partition",  "rpartition", "removeprefix", "removesuffix", "zfill",
                         "center",     "ljust",      "rjust",      "format",     "isdigit",
                         "isdecimal",  "isnumeric",  "isalpha",    "isalnum",    "isspace",
                         "islower",    "isupper",    "isascii",    "casefold",   "expandtabs",
                         "istitle",    "isidentifier"});
  case Value::Kind::List:
    return inList(Name, {"append", "extend", "insert", "pop", "remove", "index", "count", "copy",
                         "clear", "reverse", "sort"});
  case Value::Kind::Tuple:
    return inList(Name, {"index", "count"});
  case Value::Kind::Dict:
    return inList(Name, {"get", "keys", "values", "items", "pop", "popitem", "setdefault",
                         "update", "copy", "clear", "fromkeys"});
  case Value::Kind::Int:
  case Value::Kind::Bool:
    return Name == "bit_length";
  case Value::Kind::Float:
    return Name == "is_integer";
  case Value::Kind::Set:
    return isSetMethod(Name);
  case Value::Kind::DictView:
    return isSetLikeDictView(Self) && Name == "isdisjoint";
  case Value::Kind::Match:
    return isMatchMethod(Name);
  case Value::Kind::Pattern:
    return isPatternMethod(Name);
  case Value::Kind::Builtin:
    // Methods of the type objects themselves (`dict.fromkeys(xs)`).
    return Self.builtinName() == "dict" && Name == "fromkeys";
  default:
    return false;
  }
}

/// `Self.Name` for a method the runtime does not implement. When CPython's
/// type has the attribute (TypeAttributes.h), raising AttributeError would be
/// a wrong answer a handler could catch: stop with UnsupportedError naming
/// the method ("str.translate"). Otherwise raise CPython's AttributeError.
/// Receivers the tables do not cover are unsupported whatever the name.
[[noreturn]] void missingAttribute(const Value &Self, std::string_view Name) {
  std::string Attr(Name);
  if (Self.isBuiltin()) {
    std::string Builtin(Self.builtinName());
    if (isBuiltinTypeName(Builtin)) {
      if (typeObjectHasAttribute(Builtin, Name).value_or(true))
        throw UnsupportedError("method " + Builtin + "." + Attr);
      throw PythonError("AttributeError",
                        "type object '" + Builtin + "' has no attribute '" + Attr + "'");
    }
    if (!isCPythonBuiltinFunction(Builtin) ||
        instanceHasAttribute("builtin_function_or_method", Name).value_or(true))
      throw UnsupportedError("attribute '" + Attr + "' of " + Builtin);
    throw PythonError("AttributeError",
                      "'builtin_function_or_method' object has no attribute '" + Attr + "'");
  }
  std::string Type(typeName(Self));
  if (instanceHasAttribute(Type, Name).value_or(true))
    throw UnsupportedError("method " + Type + "." + Attr);
  throw PythonError("AttributeError", "'" + Type + "' object has no attribute '" + Attr + "'");
}

Value callMethod(const Value &Self, std::string_view Name, std::vector<Value> A,
                 const KeywordArgs &Kwargs, BuiltinContext &Ctx) {
  if (!hasMethod(Self, Name))
    missingAttribute(Self, Name);
  // bool inherits its methods from int, whose name CPython's messages show.
  Call C{Self.isBool() ? std::string_view("int") : typeName(Self), Name, A, Kwargs, Ctx};
  switch (Self.kind()) {
  case Value::Kind::Str:
    return strMethod(C, Self);
  case Value::Kind::List:
    return listMethod(C, Self);
  case Value::Kind::Tuple:
    return tupleMethod(C, Self);
  case Value::Kind::Dict:
    return dictMethod(C, Self);
  case Value::Kind::Set:
    return callSetMethod(Self, Name, std::move(A), Kwargs);
  case Value::Kind::DictView: { // isdisjoint of keys/items (hasMethod checked)
    std::string Qualified = std::string(typeName(Self)) + ".isdisjoint";
    if (!Kwargs.empty())
      throwTypeError(Qualified + "() takes no keyword arguments");
    if (A.size() != 1)
      throwTypeError(Qualified + "() takes exactly one argument (" + std::to_string(A.size()) +
                     " given)");
    return Value::boolean(dictViewIsdisjoint(Self, A[0]));
  }
  case Value::Kind::Match:
    return callMatchMethod(Self, Name, A, Kwargs);
  case Value::Kind::Pattern:
    return callPatternMethod(Self, Name, std::move(A), Kwargs);
  case Value::Kind::Int:
  case Value::Kind::Bool:
    C.noArgs();
    return Value::integer(int64_t(Self.toInt().bitLength()));
  case Value::Kind::Float: {
    C.noArgs();
    double D = Self.asFloat();
    return Value::boolean(std::isfinite(D) && D == std::floor(D));
  }
  case Value::Kind::Builtin: { // dict.fromkeys (hasMethod checked)
    Call TypeCall{"dict", Name, A, Kwargs, Ctx};
    return dictFromKeys(TypeCall);
  }
  default:
    break;
  }
  missingAttribute(Self, Name);
}

} // namespace pyctl
