//===- CaseConvert.cpp - CPython's case methods of str --------------------===//

#include "pyctl/Runtime/CaseConvert.h"

#include "pyctl/Runtime/Unicode.h"

namespace pyctl::caseconv {

static constexpr char32_t CapitalSigma = 0x3A3;

/// handle_capital_sigma: the lowercase of the capital sigma at \p I.
static char32_t sigma(const std::u32string &Cs, size_t I) {
  size_t J = I;
  while (J > 0 && unicode::isCaseIgnorable(Cs[J - 1]))
    --J;
  bool Final = J > 0 && unicode::isCased(Cs[J - 1]);
  if (Final) {
    size_t K = I + 1;
    while (K < Cs.size() && unicode::isCaseIgnorable(Cs[K]))
      ++K;
    Final = K == Cs.size() || !unicode::isCased(Cs[K]);
  }
  return Final ? 0x3C2 : 0x3C3;
}

/// lower_ucs4: the lowercase of \p Cs[I], appended to \p Out.
static void appendLowerAt(std::string &Out, const std::u32string &Cs, size_t I) {
  if (Cs[I] == CapitalSigma)
    unicode::appendUTF8(Out, sigma(Cs, I));
  else
    Out += unicode::toLower(Cs[I]);
}

static char asciiLower(char C) { return C >= 'A' && C <= 'Z' ? char(C - 'A' + 'a') : C; }
static char asciiUpper(char C) { return C >= 'a' && C <= 'z' ? char(C - 'a' + 'A') : C; }
static bool asciiCased(char C) { return asciiLower(C) != asciiUpper(C); }

std::string lower(std::string_view S) {
  std::string Out;
  Out.reserve(S.size());
  if (unicode::isASCII(S)) {
    for (char C : S)
      Out.push_back(asciiLower(C));
    return Out;
  }
  std::u32string Cs = unicode::decode(S);
  for (size_t I = 0; I < Cs.size(); ++I)
    appendLowerAt(Out, Cs, I);
  return Out;
}

/// \p S with every code point mapped on its own, context-free: \p Ascii for
/// all-ASCII text (the fast path), else \p Full on each code point.
template <typename AsciiFn, typename FullFn>
static std::string mapCodePoints(std::string_view S, AsciiFn Ascii, FullFn Full) {
  std::string Out;
  Out.reserve(S.size());
  if (unicode::isASCII(S)) {
    for (char C : S)
      Out.push_back(Ascii(C));
    return Out;
  }
  for (size_t Pos = 0; Pos < S.size();)
    Out += Full(unicode::decodeNext(S, Pos));
  return Out;
}

std::string upper(std::string_view S) {
  return mapCodePoints(S, asciiUpper, [](char32_t C) { return unicode::toUpper(C); });
}

std::string capitalize(std::string_view S) {
  std::string Out;
  Out.reserve(S.size());
  if (unicode::isASCII(S)) {
    for (size_t I = 0; I < S.size(); ++I)
      Out.push_back(I == 0 ? asciiUpper(S[I]) : asciiLower(S[I]));
    return Out;
  }
  std::u32string Cs = unicode::decode(S);
  for (size_t I = 0; I < Cs.size(); ++I) {
    if (I == 0)
      Out += unicode::toTitle(Cs[0]);
    else
      appendLowerAt(Out, Cs, I);
  }
  return Out;
}

std::string title(std::string_view S) {
  std::string Out;
  Out.reserve(S.size());
  bool PreviousCased = false;
  if (unicode::isASCII(S)) {
    for (char C : S) {
      Out.push_back(PreviousCased ? asciiLower(C) : asciiUpper(C));
      PreviousCased = asciiCased(C);
    }
    return Out;
  }
  std::u32string Cs = unicode::decode(S);
  for (size_t I = 0; I < Cs.size(); ++I) {
    if (PreviousCased)
      appendLowerAt(Out, Cs, I);
    else
      Out += unicode::toTitle(Cs[I]);
    PreviousCased = unicode::isCased(Cs[I]);
  }
  return Out;
}

std::string swapcase(std::string_view S) {
  std::string Out;
  Out.reserve(S.size());
  if (unicode::isASCII(S)) {
    for (char C : S)
      Out.push_back(C >= 'A' && C <= 'Z' ? asciiLower(C) : asciiUpper(C));
    return Out;
  }
  std::u32string Cs = unicode::decode(S);
  for (size_t I = 0; I < Cs.size(); ++I) {
    char32_t C = Cs[I];
    if (unicode::isUpper(C))
      appendLowerAt(Out, Cs, I);
    else if (unicode::isLower(C))
      Out += unicode::toUpper(C);
    else
      unicode::appendUTF8(Out, C);
  }
  return Out;
}

std::string casefold(std::string_view S) {
  return mapCodePoints(S, asciiLower, [](char32_t C) { return unicode::toCasefold(C); });
}

bool istitle(std::string_view S) {
  std::u32string Cs = unicode::decode(S);
  if (Cs.size() == 1)
    return unicode::isTitle(Cs[0]) || unicode::isUpper(Cs[0]);
  bool Cased = false, PreviousCased = false;
  for (char32_t C : Cs) {
    if (unicode::isUpper(C) || unicode::isTitle(C)) {
      if (PreviousCased)
        return false;
      PreviousCased = Cased = true;
    } else if (unicode::isLower(C)) {
      if (!PreviousCased)
        return false;
      PreviousCased = Cased = true;
    } else {
      PreviousCased = false;
    }
  }
  return Cased;
}

} // namespace pyctl::caseconv
