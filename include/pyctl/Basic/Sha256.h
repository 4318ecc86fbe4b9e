//===- Sha256.h - Source fingerprints --------------------------*- C++ -*-===//
#ifndef PYCTL_BASIC_SHA256_H
#define PYCTL_BASIC_SHA256_H

#include <string>
#include <string_view>

namespace pyctl {

/// The SHA-256 of \p Bytes as 64 lowercase hex digits (LLVM's SHA256). Traces
/// record it for their source file so that merges refuse traces of another file.
std::string sha256Hex(std::string_view Bytes);

} // namespace pyctl

#endif
