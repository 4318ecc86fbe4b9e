//===- CargoAvailable.h - Whether tests can build Rust --------------------===//
//
// Tests that build generated Rust skip themselves where no cargo is found, the
// way buildRustExecutable looks for it.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_TEST_UNITTESTS_CARGOAVAILABLE_H
#define PYCTL_TEST_UNITTESTS_CARGOAVAILABLE_H

#include <cstdlib>
#include <string>
#include <unistd.h>

namespace pyctl {

/// True when cargo can be run: `$PYCTL_CARGO`, else `cargo` on PATH, else
/// `$HOME/.cargo/bin/cargo`.
inline bool haveCargo() {
  if (const char *Cargo = std::getenv("PYCTL_CARGO"))
    return ::access(Cargo, X_OK) == 0;
  if (std::system("command -v cargo >/dev/null 2>&1") == 0)
    return true;
  const char *Home = std::getenv("HOME");
  return Home && ::access((std::string(Home) + "/.cargo/bin/cargo").c_str(), X_OK) == 0;
}

} // namespace pyctl

#endif // PYCTL_TEST_UNITTESTS_CARGOAVAILABLE_H
