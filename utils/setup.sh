#!/usr/bin/env bash
# Installs everything pyctl needs on a fresh Debian machine and configures + builds it.
# Idempotent: packages already present are skipped; the build directory is reused.
#   utils/setup.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}

DEBS=(cmake g++ pkg-config python3
      libtree-sitter-dev nlohmann-json3-dev llvm-14-dev llvm-14-tools libgmp-dev
      libgtest-dev googletest libbenchmark-dev librust-serde-json-dev librust-ahash-0.7-dev
      libcpp-httplib-dev wrk curl unicode-data)
missing=()
for p in "${DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# Node.js and npm (for the grammar): any install that provides both commands will do (a
# vendor's nodejs package ships npm itself, and then Debian's npm package cannot be installed).
if ! command -v npm >/dev/null 2>&1; then
  missing_node=(nodejs npm)
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing_node[@]}"
fi

# Cargo: rustup's cargo when present, else Debian's.
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: installing Debian cargo"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq cargo rustc
fi

# The grammar, exactly as package-lock.json pins it; no install scripts run.
if [ ! -f node_modules/tree-sitter-python/src/parser.c ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi

# ccache, when the machine has it, lets builds in several git worktrees share object files.
LAUNCHER=()
if command -v ccache >/dev/null 2>&1; then
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
