//===- RustBuild.h - Build a compiled function with cargo ---------*- C++ -*-===//
//
// Turns the Rust source produced by emitRust into an executable or a shared library (cdylib),
// building offline with cargo against the pyctl_runtime crate.
//
//===----------------------------------------------------------------------===//

#ifndef PYCTL_CODEGEN_RUSTBUILD_H
#define PYCTL_CODEGEN_RUSTBUILD_H

#include <atomic>
#include <string>

namespace pyctl {

/// Build `rustSource` (the text of a `main.rs`, as emitRust produces) into an executable at
/// `outputPath`.
///
/// The source goes into a fresh temporary cargo project whose only dependency is the runtime
/// crate, found at `$PYCTL_RUNTIME_DIR` if set, else at `PYCTL_SOURCE_DIR "/runtime/rust"`. It is
/// built with `cargo build --release --offline`, crates coming from Debian's registry directory
/// (`$PYCTL_CARGO_REGISTRY`, default `/usr/share/cargo/registry`). Build products are kept in a
/// shared target directory, `$XDG_CACHE_HOME/pyctl/target` (else `$HOME/.cache/pyctl/target`),
/// so later builds only recompile the generated code; a lock file beside it serialises concurrent
/// builds. cargo is `$PYCTL_CARGO` if set, else `cargo` on `PATH`, else `$HOME/.cargo/bin/cargo`.
/// The temporary project is removed afterwards (kept when `$PYCTL_KEEP_BUILD_DIR` is set).
///
/// The executable is copied to a temporary file in the directory of `outputPath` and renamed over
/// `outputPath`, so that path never holds a partly written file.
///
/// Returns true on success. On failure returns false, leaves `outputPath` untouched, and puts
/// the reason in `errorLog` (cargo's full output when the build itself failed); `errorLog` is
/// cleared first and also receives cargo's output on success.
bool buildRustExecutable(const std::string &rustSource, const std::string &outputPath,
                         std::string &errorLog);

/// Build `rustSource` (the same text as for buildRustExecutable) into a shared library (a Rust
/// `cdylib`) at `outputPath` that exports the C ABI of pyctl/CodeGen/CompiledABI.h
/// (`pyctl_abi_version`, `pyctl_call`, `pyctl_free`); pyctl/Serve/CompiledLibrary.h loads it.
///
/// The source becomes module `generated` of the library, whose `lib.rs` is
/// `mod generated; pyctl_runtime::export_c_abi!(generated::run);`: the generated code stays
/// `#![forbid(unsafe_code)]`, and the pointer handling of the C ABI lives in the runtime crate
/// (runtime/rust/src/cabi.rs). Its `fn main` is unused there.
///
/// Everything else is as for buildRustExecutable: the same environment variables, offline cargo,
/// the shared cached target directory and its lock, and the copy-then-rename install (a library
/// already loaded from `outputPath` keeps running the old file). Returns true on success; on
/// failure false, with `outputPath` untouched and the reason in `errorLog`.
///
/// `cancel`, when given, is polled (every 50 ms) while the build waits for the cache's lock and
/// while cargo runs: once it is true the build stops (cargo and its compilers are killed) and
/// returns false with "build cancelled" in `errorLog`. A server that is shutting down uses it,
/// so that it never waits for another process's build.
bool buildRustLibrary(const std::string &rustSource, const std::string &outputPath,
                      std::string &errorLog, const std::atomic<bool> *cancel = nullptr);

} // namespace pyctl

#endif // PYCTL_CODEGEN_RUSTBUILD_H
