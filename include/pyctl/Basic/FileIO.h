//===- FileIO.h - Reading inputs, writing outputs safely -------*- C++ -*-===//
#ifndef PYCTL_BASIC_FILEIO_H
#define PYCTL_BASIC_FILEIO_H

#include "llvm/Support/Error.h"

#include <string>

namespace pyctl {

/// The whole contents of \p Path ("-" reads standard input).
/// Errors: an llvm::Error "cannot read 'PATH': <reason>".
llvm::Expected<std::string> readFile(const std::string &Path);

/// Writes \p Contents to \p Path ("-" writes standard output) atomically: the
/// bytes go to a temporary file beside \p Path, which is then renamed over it,
/// so a failure never leaves a half-written file.
/// Errors: an llvm::Error "cannot write 'PATH': <reason>".
llvm::Error writeFileAtomic(const std::string &Path, llvm::StringRef Contents);

} // namespace pyctl

#endif
