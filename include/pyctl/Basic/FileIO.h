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
/// so a failure never leaves a half-written file. A symbolic link is followed
/// (its target is replaced, the link kept); an existing file that is not a
/// regular file (a device such as /dev/null, a FIFO) is written through, as a
/// shell redirection would, since renaming over it would replace the device.
/// Errors: an llvm::Error "cannot write 'PATH': <reason>" (also when \p Path is
/// a directory).
llvm::Error writeFileAtomic(const std::string &Path, llvm::StringRef Contents);

/// Flushes llvm::outs() and reports whether everything written to it so far
/// reached standard output (a full device or a closed pipe makes it fail).
/// Errors: an llvm::Error "cannot write standard output: <reason>"; the
/// stream's error is cleared, so its destructor does not abort the process.
llvm::Error checkStdout();

/// Checks, before any work is spent on it, that \p Path can take an output
/// file: it is not a directory and its parent directory exists.
/// Errors: an llvm::Error "cannot write 'PATH': <reason>".
llvm::Error checkOutputPath(const std::string &Path);

} // namespace pyctl

#endif
