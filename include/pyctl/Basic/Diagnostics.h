//===- Diagnostics.h - clang-style diagnostics over a source file -*- C++ -*-===//
//
// Errors about the user's program are reported as
//   file:line:col: error: message
//   <source line>
//       ^~~~
// through llvm::SourceMgr, which owns the buffer and prints the caret line.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_BASIC_DIAGNOSTICS_H
#define PYCTL_BASIC_DIAGNOSTICS_H

#include "pyctl/Basic/SourceRange.h"

#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <stdexcept>
#include <string>

namespace pyctl {

/// An error in the user's program (syntax, unsupported construct, bad pass
/// pipeline) found at a source range. Thrown by the front end and the passes;
/// the driver catches it and prints it through a DiagnosticEngine.
class CompileError : public std::runtime_error {
public:
  /// \p Range locates the offending text (may be invalid for file-level errors);
  /// \p Message is the text after "error: ".
  CompileError(SourceRange Range, std::string Message)
      : std::runtime_error(Message), Range(Range) {}
  SourceRange Range;
};

/// One loaded source file and the means to report errors against it.
/// Input: a path and the file's bytes. Output: clang-style messages written
/// to an llvm::raw_ostream (stderr by default), counted in errorCount().
class DiagnosticEngine {
public:
  /// Takes ownership of \p Text as the buffer named \p Path.
  DiagnosticEngine(std::string Path, std::string Text);

  /// The source text (NUL-terminated, owned by the engine).
  llvm::StringRef text() const;
  const std::string &path() const { return Path; }

  /// Prints "path:line:col: error: Message", the source line and a caret
  /// under \p Range (or "path: error: Message" when the range is invalid).
  void error(SourceRange Range, const llvm::Twine &Message);
  /// Same, as a note attached to the previous error.
  void note(SourceRange Range, const llvm::Twine &Message);
  /// Reports a CompileError.
  void report(const CompileError &E) { error(E.Range, E.what()); }

  unsigned errorCount() const { return Errors; }
  /// Redirects output (tests); default is llvm::errs().
  void setOutput(llvm::raw_ostream &OS) { Out = &OS; }

private:
  void emit(SourceRange Range, llvm::SourceMgr::DiagKind Kind, const llvm::Twine &Message);

  std::string Path;
  llvm::SourceMgr Mgr;
  unsigned BufferID = 0;
  unsigned Errors = 0;
  llvm::raw_ostream *Out;
};

} // namespace pyctl

#endif
