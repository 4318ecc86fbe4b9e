//===- TraceStore.h - A served function's state on disk ---------*- C++ -*-===//
//
// `pyctl serve --state DIR` keeps, in DIR:
//   state.json        {"format": "pyctl-serve-state", "version": 1,
//                      "source": {"path", "sha256"}, "entry": NAME,
//                      "machine": <ModeMachine::save()>, "library": FILE|null,
//                      "calls": {...counters...}}
//   trace.json        the merged trace file (docs/trace-format.md)
//   compiled-N.so     the compiled library named by "library"
// Every file is written to a temporary file beside it and renamed into
// place, so a server killed at any moment leaves either the old or the new
// version, never a torn one.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_SERVE_TRACESTORE_H
#define PYCTL_SERVE_TRACESTORE_H

#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pyctl {

/// What a previous run left in the state directory.
struct StoredState {
  /// The parsed state.json (its "machine", "library" and "calls" members).
  nlohmann::json State;
  /// The parsed trace.json, or null when none was saved yet.
  nlohmann::json Trace;
  /// The full path of the saved library, or empty when none.
  std::string LibraryPath;
};

/// Reads and writes a served function's state directory. Thread-compatible:
/// the owner serialises writes (the Invoker does them under its state lock).
class TraceStore {
public:
  /// A store in directory \p Dir (created when missing by open()).
  explicit TraceStore(std::string Dir) : Dir(std::move(Dir)) {}

  /// Creates the directory (and its parents) when missing and checks that
  /// files can be created in it. Errors: "cannot create state directory
  /// 'DIR': reason", "state directory 'DIR' is not a directory", "state
  /// directory 'DIR' is not writable: reason".
  llvm::Error open();

  /// Loads the state saved for the source with SHA-256 \p SourceSha256.
  /// Returns nullopt when the directory holds no state.json yet. Errors:
  /// an unreadable or malformed state.json or trace.json, and state saved
  /// for a different source file ("state directory 'DIR' belongs to another
  /// source (sha256 ...)") — the server refuses it rather than mixing the
  /// traces of two programs.
  llvm::Expected<std::optional<StoredState>> load(const std::string &SourceSha256) const;

  /// Atomically replaces trace.json with \p TraceFile.
  llvm::Error saveTrace(const nlohmann::json &TraceFile) const;
  /// Atomically replaces state.json with \p State (the caller fills in
  /// "machine", "library", "calls"; the envelope fields are added here from
  /// \p SourcePath, \p SourceSha256 and \p Entry).
  llvm::Error saveState(nlohmann::json State, const std::string &SourcePath,
                        const std::string &SourceSha256, const std::string &Entry) const;

  /// The path for the library of build number \p Generation:
  /// DIR/compiled-<Generation>.so. A fresh name per build, since dlopen
  /// returns the already loaded library for a path it has open.
  std::string libraryPath(unsigned Generation) const;
  /// Removes compiled-*.so files in the directory other than \p Keep (a
  /// file name): libraries replaced by a newer build.
  void removeOldLibraries(const std::string &Keep) const;

  /// The directory.
  const std::string &dir() const { return Dir; }

private:
  std::string Dir;
};

} // namespace pyctl

#endif // PYCTL_SERVE_TRACESTORE_H
