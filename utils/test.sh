#!/usr/bin/env bash
# Runs every pyctl test: installs what is missing and builds (utils/setup.sh), then ctest runs the
# GoogleTest unit tests, the lit suite, the runtime crate's cargo tests and the differential check.
# Closes with one line `N passed, M failed` (ctest's tests); exits non-zero if anything failed.
#   utils/test.sh            (BUILD_DIR=dir to build elsewhere; default: build)
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

# cargo from rustup, when that is where it lives (pyctl --build-rust and the crate tests need it).
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi

if ! utils/setup.sh "$BUILD_DIR"; then
  echo "test: utils/setup.sh failed (dependencies or build)"
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
ctest --test-dir "$BUILD_DIR" --output-on-failure 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# ctest's own summary: "NN% tests passed, F tests failed out of T".
summary=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
if [ -n "$summary" ]; then
  failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")
  total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$summary")
  echo "$((total - failed)) passed, $failed failed"
  if [ "$total" -eq 0 ]; then
    echo "test: ctest ran no test"
    exit 1
  fi
else
  echo "test: no summary from ctest"
  echo "0 passed, 1 failed"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
