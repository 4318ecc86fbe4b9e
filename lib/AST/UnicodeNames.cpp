//===- UnicodeNames.cpp - Names of \N{...} escapes ------------------------===//
#include "pyctl/AST/UnicodeNames.h"

#include <algorithm>
#include <string>

using namespace pyctl;

namespace {

struct UnicodeNameEntry {
  const char *Name;
  uint32_t CodePoint;
  bool Exact; ///< matched case-sensitively (Hangul syllables)
};

#include "UnicodeNames.inc" // generated: UnicodeNames, CJKUnifiedRanges, UnicodeNamesHaveAliases

constexpr std::string_view CJKPrefix = "CJK UNIFIED IDEOGRAPH-";

/// CPython's check of "CJK UNIFIED IDEOGRAPH-XXXX": 4 or 5 upper-case hex
/// digits (leading zeros allowed) naming a unified ideograph.
std::optional<uint32_t> lookupCJK(std::string_view Hex) {
  if (Hex.size() != 4 && Hex.size() != 5)
    return std::nullopt;
  uint32_t V = 0;
  for (char C : Hex) {
    if (C >= '0' && C <= '9')
      V = V * 16 + uint32_t(C - '0');
    else if (C >= 'A' && C <= 'F')
      V = V * 16 + uint32_t(C - 'A' + 10);
    else
      return std::nullopt;
  }
  for (const auto &R : CJKUnifiedRanges)
    if (V >= R[0] && V <= R[1])
      return V;
  return std::nullopt;
}

} // namespace

std::optional<uint32_t> pyctl::lookupUnicodeName(std::string_view Name) {
  if (Name.substr(0, CJKPrefix.size()) == CJKPrefix)
    return lookupCJK(Name.substr(CJKPrefix.size()));
  std::string Upper(Name);
  for (char &C : Upper)
    if (C >= 'a' && C <= 'z')
      C = char(C - 'a' + 'A');
  const auto *End = std::end(UnicodeNames);
  const auto *It = std::lower_bound(std::begin(UnicodeNames), End, Upper,
                                    [](const UnicodeNameEntry &E, const std::string &K) {
                                      return std::string_view(E.Name) < K;
                                    });
  if (It == End || std::string_view(It->Name) != Upper)
    return std::nullopt;
  if (It->Exact && std::string_view(It->Name) != Name)
    return std::nullopt;
  return It->CodePoint;
}

bool pyctl::unicodeNamesHaveAliases() { return UnicodeNamesHaveAliases; }
