//===- Sha256.cpp ---------------------------------------------------------===//
#include "pyctl/Basic/Sha256.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA256.h"

std::string pyctl::sha256Hex(std::string_view Bytes) {
  auto Digest = llvm::SHA256::hash(llvm::ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(Bytes.data()), Bytes.size()));
  return llvm::toHex(Digest, /*LowerCase=*/true);
}
