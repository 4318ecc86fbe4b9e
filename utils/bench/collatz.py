#!/usr/bin/env python3
"""Benchmark: `collatz` (longest_chain) under CPython and as pyctl-compiled Rust.

Traces shared/cases/collatz.py on small inputs that take every path, compiles the trace with
`pyctl --build-rust`, then times `longest_chain(LIMIT)` a few times each way and prints both
times and their ratio. It asserts nothing about speed; it does say when the compiled run fell
back (left the traced paths, e.g. on an integer past 64 bits or out of gas), since that time
would then not measure compiled code.

  utils/bench/collatz.py [--limit 300000] [--repeat 3] [--pyctl PATH] [--source collatz.py]
"""
import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import time

from benchlib import cpython_times, run, work_dir

REPO = pathlib.Path(__file__).resolve().parents[2]
ENTRY = "longest_chain"
# Small bounds that take every path: the outer loop not running, both arms of the parity test,
# and both outcomes of `steps > best`.
TRACE_INPUTS = [[1], [2], [10], [100]]

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=300000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pyctl", type=pathlib.Path, default=REPO / "build" / "tools" / "pyctl" / "pyctl")
    ap.add_argument("--source", type=pathlib.Path, default=REPO.parent / "shared" / "cases" / "collatz.py")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    source = args.source.resolve()

    with work_dir(args.keep) as work:
        small = work / "small.inputs.jsonl"
        small.write_text("".join(json.dumps(a) + "\n" for a in TRACE_INPUTS))
        big = work / "big.inputs.jsonl"
        big.write_text(json.dumps([args.limit]) + "\n")
        trace = work / "trace.json"
        exe = work / "collatz"

        t0 = time.perf_counter()
        run([args.pyctl, "--trace", source, "--inputs", small, "--entry", ENTRY, "-o", trace])
        run([args.pyctl, "--build-rust", trace, "-o", exe])
        build_time = time.perf_counter() - t0

        py_repr, py_times = cpython_times(source, ENTRY, [args.limit], args.repeat)

        rust_times, rust_lines = [], []
        for _ in range(args.repeat):
            with open(big) as stdin:
                t0 = time.perf_counter()
                line = run([exe], stdin=stdin)
                rust_times.append(time.perf_counter() - t0)
            rust_lines.append(line.strip())

        print("collatz: %s(%d), best of %d runs" % (ENTRY, args.limit, args.repeat))
        print("  trace on %s + build: %.2f s" % (json.dumps(TRACE_INPUTS), build_time))
        print("  CPython %s: %.4f s  (runs: %s)  -> %s"
              % (sys.version.split()[0], min(py_times), ", ".join("%.4f" % t for t in py_times), py_repr))
        print("  compiled Rust: %.4f s  (runs: %s, whole process)"
              % (min(rust_times), ", ".join("%.4f" % t for t in rust_times)))
        results = [json.loads(l) if l else {} for l in rust_lines]
        if any(r.get("fallback") for r in results):
            print("  NOTE: the compiled run fell back ({\"fallback\": true}): it left the traced"
                  " paths, so its time is not that of compiled code")
        elif any(r.get("repr") != py_repr for r in results):
            print("  NOTE: the compiled result differs from CPython's: %s" % rust_lines[0])
        else:
            print("  compiled result: %s (same as CPython)" % results[0]["repr"])
        print("  ratio CPython / Rust: %.1fx (median runs: %.1fx)"
              % (min(py_times) / min(rust_times),
                 statistics.median(py_times) / statistics.median(rust_times)))


if __name__ == "__main__":
    main()
