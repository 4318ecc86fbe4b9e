//===- Unicode.cpp - UTF-8 code points and CPython's Unicode data ---------===//

#include "pyctl/Runtime/Unicode.h"

#include <algorithm>
#include <iterator>

namespace pyctl::unicode {

namespace {
struct CodePointRange {
  char32_t First, Last;
};
struct CaseMapping {
  char32_t CodePoint;
  const char *UTF8;
};
} // namespace

#include "UnicodePrintable.inc"

template <size_t N>
static bool inRanges(const CodePointRange (&Table)[N], char32_t C) {
  auto It = std::upper_bound(std::begin(Table), std::end(Table), C,
                             [](char32_t V, const CodePointRange &R) { return V < R.First; });
  return It != std::begin(Table) && C <= std::prev(It)->Last;
}

template <size_t N>
static const char *findMapping(const CaseMapping (&Table)[N], char32_t C) {
  auto It = std::lower_bound(std::begin(Table), std::end(Table), C,
                             [](const CaseMapping &M, char32_t V) { return M.CodePoint < V; });
  return It != std::end(Table) && It->CodePoint == C ? It->UTF8 : nullptr;
}

char32_t decodeNext(std::string_view S, size_t &Pos) {
  auto Byte = [&](size_t I) { return static_cast<unsigned char>(S[I]); };
  unsigned char B0 = Byte(Pos);
  if (B0 < 0x80) {
    ++Pos;
    return B0;
  }
  size_t Len = B0 >= 0xF0 ? 4 : B0 >= 0xE0 ? 3 : B0 >= 0xC0 ? 2 : 0;
  if (Len == 0 || B0 > 0xF4 || Pos + Len > S.size()) {
    ++Pos;
    return B0;
  }
  char32_t C = B0 & (0x7F >> Len);
  for (size_t K = 1; K < Len; ++K) {
    unsigned char B = Byte(Pos + K);
    if ((B & 0xC0) != 0x80) {
      ++Pos;
      return B0;
    }
    C = (C << 6) | (B & 0x3F);
  }
  static constexpr char32_t MinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (C < MinForLength[Len] || C > 0x10FFFF) {
    ++Pos;
    return B0;
  }
  Pos += Len;
  return C;
}

void appendUTF8(std::string &Out, char32_t C) {
  if (C < 0x80) {
    Out.push_back(char(C));
  } else if (C < 0x800) {
    Out.push_back(char(0xC0 | (C >> 6)));
    Out.push_back(char(0x80 | (C & 0x3F)));
  } else if (C < 0x10000) {
    Out.push_back(char(0xE0 | (C >> 12)));
    Out.push_back(char(0x80 | ((C >> 6) & 0x3F)));
    Out.push_back(char(0x80 | (C & 0x3F)));
  } else {
    Out.push_back(char(0xF0 | (C >> 18)));
    Out.push_back(char(0x80 | ((C >> 12) & 0x3F)));
    Out.push_back(char(0x80 | ((C >> 6) & 0x3F)));
    Out.push_back(char(0x80 | (C & 0x3F)));
  }
}

std::u32string decode(std::string_view S) {
  std::u32string Out;
  Out.reserve(S.size());
  for (size_t Pos = 0; Pos < S.size();)
    Out.push_back(decodeNext(S, Pos));
  return Out;
}

std::string encode(std::u32string_view CodePoints) {
  std::string Out;
  Out.reserve(CodePoints.size());
  for (char32_t C : CodePoints)
    appendUTF8(Out, C);
  return Out;
}

size_t countCodePoints(std::string_view S) {
  size_t N = 0;
  for (size_t Pos = 0; Pos < S.size(); ++N)
    decodeNext(S, Pos);
  return N;
}

bool isASCII(std::string_view S) {
  return std::all_of(S.begin(), S.end(),
                     [](char C) { return static_cast<unsigned char>(C) < 0x80; });
}

size_t byteOffset(std::string_view S, size_t Index) {
  size_t Pos = 0;
  for (size_t I = 0; I < Index && Pos < S.size(); ++I)
    decodeNext(S, Pos);
  return Pos;
}

bool isPrintable(char32_t C) { return inRanges(k_printableRanges, C); }
bool isSpace(char32_t C) { return inRanges(k_spaceRanges, C); }
bool isDecimal(char32_t C) { return inRanges(k_decimalRanges, C); }
bool isDigit(char32_t C) { return inRanges(k_digitRanges, C); }
bool isNumeric(char32_t C) { return inRanges(k_numericRanges, C); }
bool isAlpha(char32_t C) { return inRanges(k_alphaRanges, C); }
bool isLower(char32_t C) { return inRanges(k_lowerRanges, C); }
bool isUpper(char32_t C) { return inRanges(k_upperRanges, C); }
bool isTitle(char32_t C) { return inRanges(k_titleRanges, C); }
bool isCased(char32_t C) { return inRanges(k_casedRanges, C); }
bool isCaseIgnorable(char32_t C) { return inRanges(k_caseIgnorableRanges, C); }
bool isIdentifierStart(char32_t C) { return inRanges(k_identifierStartRanges, C); }
bool isIdentifierContinue(char32_t C) { return inRanges(k_identifierContinueRanges, C); }

int decimalValue(char32_t C) {
  if (C >= '0' && C <= '9')
    return int(C - '0');
  auto It = std::upper_bound(std::begin(k_decimalZeros), std::end(k_decimalZeros), C);
  if (It == std::begin(k_decimalZeros))
    return -1;
  char32_t Zero = *std::prev(It);
  return C - Zero < 10 ? int(C - Zero) : -1;
}

template <size_t N>
static std::string mapped(const CaseMapping (&Table)[N], char32_t C) {
  if (const char *M = findMapping(Table, C))
    return M;
  std::string Out;
  appendUTF8(Out, C);
  return Out;
}

std::string toLower(char32_t C) { return mapped(k_lowerMap, C); }
std::string toUpper(char32_t C) { return mapped(k_upperMap, C); }
std::string toTitle(char32_t C) { return mapped(k_titleMap, C); }
std::string toCasefold(char32_t C) { return mapped(k_casefoldMap, C); }

} // namespace pyctl::unicode
