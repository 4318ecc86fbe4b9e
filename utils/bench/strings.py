#!/usr/bin/env python3
"""Benchmark: building and indexing strs under CPython, pyctl's evaluator and compiled Rust.

Times `bench(kind, N)` of utils/bench/strings_fn.py for each kind: `append` (`s += "x"` N times),
`concat` (`s = s + "ü"` N times, non-ASCII) and `index` (`ord(s[i])` for every position of a
non-ASCII str of N code points). Each runs under CPython (in-process timer), under the C++
evaluator (`pyctl --trace`, whole process: parse, run, write the trace) and as compiled Rust
(traced on small inputs, built once with `pyctl --build-rust`, whole process), a few times each;
the script prints the best times and the ratios to CPython. It asserts nothing about speed; it
says when a compiled run fell back or an answer differs from CPython's.

  utils/bench/strings.py [--n 200000] [--index-n 100000] [--repeat 3] [--pyctl PATH]
                         [--kinds append,concat,index]
"""
import argparse
import json
import pathlib
import subprocess
import sys
import time

from benchlib import cpython_times, run, work_dir

REPO = pathlib.Path(__file__).resolve().parents[2]
SOURCE = pathlib.Path(__file__).resolve().parent / "strings_fn.py"
ENTRY = "bench"
# Small inputs that take every path: each kind with its loop running zero and a few times.
TRACE_INPUTS = [[k, n] for k in ("append", "concat", "index") for n in (0, 3)] + [["other", 0]]

def timed(argv, repeat, stdin_path=None):
    """Best wall time of `repeat` runs of argv and the stdout of the last."""
    times, out = [], ""
    for _ in range(repeat):
        stdin = open(stdin_path) if stdin_path else subprocess.DEVNULL
        try:
            t0 = time.perf_counter()
            out = run(argv, stdin=stdin)
            times.append(time.perf_counter() - t0)
        finally:
            if stdin_path:
                stdin.close()
    return min(times), out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200000, help="appends for append and concat")
    ap.add_argument("--index-n", type=int, default=100000, help="code points for index")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--kinds", default="append,concat,index")
    ap.add_argument("--pyctl", type=pathlib.Path, default=REPO / "build" / "tools" / "pyctl" / "pyctl")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()

    with work_dir(args.keep) as work:
        small = work / "small.inputs.jsonl"
        small.write_text("".join(json.dumps(a) + "\n" for a in TRACE_INPUTS))
        trace = work / "trace.json"
        exe = work / "strings"
        t0 = time.perf_counter()
        run([args.pyctl, "--trace", SOURCE, "--inputs", small, "--entry", ENTRY, "-o", trace])
        run([args.pyctl, "--build-rust", trace, "-o", exe])
        print("strings: %s(kind, n), best of %d runs; trace on %d small inputs + build: %.2f s"
              % (ENTRY, args.repeat, len(TRACE_INPUTS), time.perf_counter() - t0))
        print("  %-7s %8s %10s %12s %10s %14s %12s" % ("kind", "n", "CPython s", "evaluator s",
                                                       "compiled s", "evaluator/Py", "Py/compiled"))
        for kind in args.kinds.split(","):
            n = args.index_n if kind == "index" else args.n
            inputs = work / (kind + ".inputs.jsonl")
            inputs.write_text(json.dumps([kind, n]) + "\n")
            py_repr, py_times = cpython_times(SOURCE, ENTRY, [kind, n], args.repeat)
            py_time = min(py_times)
            ev_time, ev_line = timed([args.pyctl, "--trace", SOURCE, "--inputs", inputs,
                                      "--entry", ENTRY, "-o", work / "big.trace.json"], args.repeat)
            rust_time, line = timed([exe], args.repeat, inputs)
            print("  %-7s %8d %10.4f %12.4f %10.4f %13.1fx %11.1fx"
                  % (kind, n, py_time, ev_time, rust_time, ev_time / py_time, py_time / rust_time))
            result = json.loads(line) if line.strip() else {}
            if result.get("fallback"):
                print("    NOTE: the compiled run fell back: %s" % line.strip())
            elif result.get("repr") != py_repr:
                print("    NOTE: the compiled result %s differs from CPython's %s" % (line.strip(), py_repr))
            ev_result = json.loads(ev_line) if ev_line.strip() else {}
            if ev_result.get("repr") != py_repr:
                print("    NOTE: the evaluator's result %s differs from CPython's %s"
                      % (ev_line.strip(), py_repr))


if __name__ == "__main__":
    main()
