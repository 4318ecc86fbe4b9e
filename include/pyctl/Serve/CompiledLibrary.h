//===- CompiledLibrary.h - Load and call a compiled function library -*- C++ -*-===//
//
// A compiled function built by buildRustLibrary, loaded with dlopen and
// called through the C ABI of pyctl/CodeGen/CompiledABI.h. A server holds the
// current library in a std::shared_ptr and replaces it when a new build is
// ready (hot swap); calls in flight keep the library they started with alive.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_SERVE_COMPILEDLIBRARY_H
#define PYCTL_SERVE_COMPILEDLIBRARY_H

#include <cstddef>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace pyctl {

/// Result of one compiled call.
struct CompiledCallResult {
  /// Ok: the function returned; Fallback: re-run the call in the interpreter
  /// (untraced path, would raise, out of gas); Error: the call could not be
  /// made (malformed arguments, no memory for the reply).
  enum Kind { Ok, Fallback, Error } Status = Error;
  /// Ok: the reply line {"repr":..,"stdout":..,"json":..}, exactly the result
  /// line of docs/driver.md (one line, no newline). Should compiled code ever
  /// report a Python exception, its result line {"error": T, "stdout": S} is
  /// Ok too (malformed-argument errors have no "stdout").
  std::string ResultLine;
  /// Fallback/Error: why (for diagnostics only).
  std::string Reason;
};

/// A loaded compiled-function library. Immutable once loaded; call() may run
/// on any number of threads at once.
class CompiledLibrary {
public:
  /// Loads a cdylib built by buildRustLibrary from \p Path.
  ///
  /// dlopen caches libraries by path, so the file is first copied to a
  /// private unique path, opened from there, and the copy is unlinked right
  /// after: a later rebuild at \p Path never affects a loaded library, and a
  /// second load of \p Path after a rebuild gets the new code.
  ///
  /// Returns nullptr and sets \p Error when the file cannot be copied or
  /// opened, a symbol of the ABI is missing, or pyctl_abi_version() differs
  /// from PYCTL_ABI_VERSION.
  static std::shared_ptr<CompiledLibrary> load(const std::string &Path, std::string &Error);

  /// Calls the function with \p ArgsJson, a JSON array of positional
  /// arguments (docs/driver.md, Inputs), and a budget of \p Gas units (the
  /// unit of ResourceLimits::Gas; 0 means unlimited, as there). Thread-safe.
  ///
  /// \p Timeout (0: none) limits the call's time from its start: a call past
  /// it is a Fallback whose Reason is "timeout" (CompiledABI.h,
  /// pyctl_call_timeout), which a caller answers as a timeout rather than
  /// re-running it.
  CompiledCallResult call(const std::string &ArgsJson, uint64_t Gas,
                          std::chrono::microseconds Timeout = std::chrono::microseconds(0)) const;

  /// The path the library was loaded from.
  const std::string &path() const { return SourcePath; }

  /// Drops the reference to the library (dlclose). Its code stays mapped until
  /// the process exits: libraries are opened with RTLD_NODELETE, because Rust's
  /// std leaves per-thread destructors in them that run when a thread that
  /// called in exits (docs/compiled-library.md). Destroy it only when no call()
  /// is running: holding it by std::shared_ptr in each caller ensures that.
  ~CompiledLibrary();

  CompiledLibrary(const CompiledLibrary &) = delete;
  CompiledLibrary &operator=(const CompiledLibrary &) = delete;

private:
  CompiledLibrary() = default;

  std::string SourcePath;
  void *Handle = nullptr;
  char *(*CallFn)(const char *, size_t, uint64_t, uint64_t) = nullptr;
  void (*FreeFn)(char *) = nullptr;
};

} // namespace pyctl

#endif // PYCTL_SERVE_COMPILEDLIBRARY_H
