//===- IdentifierCheck.cpp - identifiers NFKC normalisation changes ------===//
//
// See IdentifierCheck.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/IdentifierCheck.h"

#include <cstdint>

namespace pyctl {
namespace {
#include "NFKCUnstable.inc"

bool isUnstable(uint32_t CP) {
  size_t Lo = 0, Hi = sizeof(k_nfkcUnstableRanges) / sizeof(k_nfkcUnstableRanges[0]);
  while (Lo < Hi) {
    size_t Mid = (Lo + Hi) / 2;
    if (CP < k_nfkcUnstableRanges[Mid][0])
      Hi = Mid;
    else if (CP > k_nfkcUnstableRanges[Mid][1])
      Lo = Mid + 1;
    else
      return true;
  }
  return false;
}
} // namespace

bool mayChangeUnderNFKC(std::string_view S) {
  for (size_t I = 0; I < S.size();) {
    unsigned char C = static_cast<unsigned char>(S[I]);
    if (C < 0x80) {
      ++I;
      continue;
    }
    size_t Len = C >= 0xF0 ? 4 : C >= 0xE0 ? 3 : C >= 0xC0 ? 2 : 0;
    if (Len == 0 || I + Len > S.size())
      return true;
    uint32_t CP = C & (Len == 2 ? 0x1F : Len == 3 ? 0x0F : 0x07);
    for (size_t K = 1; K < Len; ++K) {
      unsigned char D = static_cast<unsigned char>(S[I + K]);
      if ((D & 0xC0) != 0x80)
        return true;
      CP = (CP << 6) | (D & 0x3F);
    }
    if (isUnstable(CP))
      return true;
    I += Len;
  }
  return false;
}

} // namespace pyctl
