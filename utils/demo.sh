#!/usr/bin/env bash
# The main job on a bundled example, end to end: installs what is missing and builds
# (utils/setup.sh), then takes examples/double_absolute_value.py (the Containerless paper's
# figure 5 function) through A-normal form, tracing, Rust and back, and shows each stage and the
# compiled results beside CPython's.
#   utils/demo.sh [FILE.py [INPUTS.jsonl [ENTRY]]]
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-examples/double_absolute_value.py}
INPUTS=${2:-${SRC%.py}.inputs.jsonl}
ENTRY=${3:-$(sed -n 's/^# entry: *\([A-Za-z_][A-Za-z0-9_]*\).*/\1/p' "$SRC" | head -n 1)}
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
utils/setup.sh build >/dev/null
PYCTL=build/tools/pyctl/pyctl
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
ENTRY_ARGS=(); [ -n "$ENTRY" ] && ENTRY_ARGS=(--entry "$ENTRY")

section() { printf '\n=== %s\n' "$*"; }
section "source: $SRC"; cat "$SRC"
section "pyctl -passes=anf (A-normal form)"; "$PYCTL" -passes=anf "$SRC"
section "pyctl -passes=anf,trace (instrumented for the Python tracing module)"
"$PYCTL" -passes=anf,trace "$SRC" -o "$OUT/instrumented.py"; cat "$OUT/instrumented.py"
section "pyctl --trace (C++ trace evaluator), one result line per call of $INPUTS"
"$PYCTL" --trace "$SRC" --inputs "$INPUTS" "${ENTRY_ARGS[@]}" -o "$OUT/trace.json" | tee "$OUT/traced.jsonl"
section "merged trace"; python3 -m json.tool "$OUT/trace.json"
section "pyctl --emit-rust"; "$PYCTL" --emit-rust "$OUT/trace.json"
section "pyctl --build-rust, then the compiled function on the same inputs"
"$PYCTL" --build-rust "$OUT/trace.json" -o "$OUT/compiled"
"$OUT/compiled" < "$INPUTS" > "$OUT/compiled.jsonl"
section "compiled result beside CPython's"
python3 - "$SRC" "$INPUTS" "$ENTRY" "$OUT/compiled.jsonl" <<'PY'
import contextlib, importlib.util, io, json, sys
src, inputs, entry, compiled = sys.argv[1:5]
def cpython(args):
    spec = importlib.util.spec_from_file_location("demo_fn", src)
    mod = importlib.util.module_from_spec(spec)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            spec.loader.exec_module(mod)
            return {"repr": repr(getattr(mod, entry)(*args)), "stdout": out.getvalue()}
        except Exception as e:
            return {"error": type(e).__name__, "stdout": out.getvalue()}
calls = [json.loads(l) for l in open(inputs) if l.strip()]
got = [json.loads(l) for l in open(compiled) if l.strip()]
ok = True
for args, mine in zip(calls, got):
    want = cpython(args)
    if mine.get("fallback"):
        verdict = "fallback (re-run in the interpreter)"
    else:
        same = all(mine.get(k) == want.get(k) for k in ("repr", "error", "stdout"))
        verdict = "same" if same else "DIFFERENT"
        ok &= same
    print(f"{json.dumps(args):>28}  CPython {want.get('repr', want.get('error'))!s:>24}  "
          f"compiled {mine.get('repr', mine.get('error', '-'))!s:>24}  {verdict}")
sys.exit(0 if ok else 1)
PY
