//===- IdentifierCheck.h - identifiers NFKC normalisation changes -*- C++ -*-===//
//
// CPython reads every identifier as its NFKC normal form (PEP 3131); pyctl
// keeps identifiers as written, so it refuses those normalisation changes.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_AST_IDENTIFIERCHECK_H
#define PYCTL_AST_IDENTIFIERCHECK_H

#include <string_view>

namespace pyctl {

/// Whether NFKC normalisation may change identifier \p Utf8 (UTF-8): true
/// when it holds a code point whose NFKC form differs from it (`ℌ`, `ﬁ`,
/// full-width letters) or one that may compose with the character before it
/// (combining marks such as U+0301, Hangul vowel and final jamo), from a
/// table generated from CPython 3.11's unicodedata by
/// utils/gen_nfkc_unstable.py. False for ASCII and for identifiers already in
/// NFKC form with no composable mark (`café` written with U+00E9). Invalid
/// UTF-8 gives true (the caller refuses it).
bool mayChangeUnderNFKC(std::string_view Utf8);

} // namespace pyctl

#endif
