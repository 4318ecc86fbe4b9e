#!/usr/bin/env python3
"""Benchmark: ordinary loops under CPython and as pyctl-compiled Rust.

Each case below is a function of SOURCE: traced on small inputs that take its paths, compiled
with `pyctl --build-rust`, then run on a big input a few times each way. Both sides are timed
in CPU time, so that neither process start-up nor the load of a shared machine counts:
CPython's `time.process_time()` around the call (in a process of its own, after importing), and
the user + system time of the compiled executable (`os.wait4`; its start-up is about 0.01 s).
It prints both times and their ratio, asserts nothing about speed, and says when the compiled
run fell back or answered differently (its time would then not measure compiled code).

  utils/bench/loops.py [--repeat 3] [--scale 1.0] [--pyctl PATH] [--only NAME,...]
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys

from benchlib import cpython_times, run, work_dir

REPO = pathlib.Path(__file__).resolve().parents[2]

SOURCE = r'''
def arith(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    return acc


def dict_get(n):
    d = {}
    for i in range(n):
        d[i % 97] = d.get(i % 97, 0) + 1
    return len(d), d[0]


def str_chain(n, op):
    acc = 0
    for i in range(n):
        if op == "a":
            acc += 1
        elif op == "b":
            acc += 2
        elif op == "c":
            acc += 3
    return acc


def setdefault_append(n):
    d = {}
    for i in range(n):
        d.setdefault(i % 97, []).append(i)
    return len(d), len(d[5])


def while_true(n):
    i = 0
    total = 0
    while True:
        if i >= n:
            break
        if i % 3 == 0:
            total += i
        i += 1
    return total


def scan(n):
    xs = list(range(n))
    hits = 0
    i = 0
    while i < len(xs):
        if xs[i] % 7 == 3:
            hits += 1
        i += 1
    return hits


def aggregate(n):
    groups = {}
    for i in range(n):
        key = "k%d" % (i % 97)
        groups.setdefault(key, []).append(i * 3 % 11)
    out = []
    for k in sorted(groups):
        vals = groups[k]
        out.append(f"{k:>6}:{sum(vals):08d}:{max(vals) / 3:.2f}:{len(vals)}")
    return len("\n".join(out)), out[0]
'''

# name: (entry, inputs to trace on, the timed input)
CASES = {
    "arith": ("arith", [[0], [3]], [3_000_000]),
    "dict_get": ("dict_get", [[1], [3]], [3_000_000]),
    "str_chain": ("str_chain", [[3, "a"], [3, "c"], [3, "z"]], [3_000_000, "c"]),
    "setdefault_append": ("setdefault_append", [[6], [100]], [1_000_000]),
    "while_true": ("while_true", [[0], [5]], [3_000_000]),
    "scan": ("scan", [[0], [10]], [3_000_000]),
    "aggregate": ("aggregate", [[1], [5], [200]], [200_000]),
}

def timed_executable(exe, stdin_path):
    """Run `exe` with `stdin_path` as input: (its stdout, its user + system CPU time)."""
    with open(stdin_path) as stdin:
        proc = subprocess.Popen([str(exe)], stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        # Read before waiting (a big output must not block the child), then reap with wait4
        # for the child's own resource usage.
        out = proc.stdout.read()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit("bench: %s failed (exit %d)\n%s" % (exe, proc.returncode, err.decode()))
    return out.decode().strip(), usage.ru_utime + usage.ru_stime


def bench(name, work, args):
    entry, trace_inputs, big_args = CASES[name]
    big_args = [int(a * args.scale) if isinstance(a, int) else a for a in big_args]
    source = work / "loops_cases.py"
    small = work / (name + ".inputs.jsonl")
    small.write_text("".join(json.dumps(a) + "\n" for a in trace_inputs))
    big = work / (name + ".big.jsonl")
    big.write_text(json.dumps(big_args) + "\n")
    trace = work / (name + ".trace.json")
    exe = work / name
    run([args.pyctl, "--trace", source, "--inputs", small, "--entry", entry, "-o", trace])
    run([args.pyctl, "--build-rust", trace, "-o", exe])

    py_repr, py_times = cpython_times(source, entry, big_args, args.repeat, clock="cpu")
    rust_times, results = [], []
    for _ in range(args.repeat):
        line, t = timed_executable(exe, big)
        rust_times.append(t)
        results.append(json.loads(line) if line else {})
    note = ""
    if any(r.get("fallback") for r in results):
        note = "  FELL BACK (time is not that of compiled code)"
    elif any(r.get("repr") != py_repr for r in results):
        note = "  DIFFERENT ANSWER: %s vs CPython %s" % (results[0].get("repr"), py_repr)
    call = "%s(%s)" % (entry, ", ".join(json.dumps(a) for a in big_args))
    py, rs = min(py_times), min(rust_times)
    print("  %-34s CPython %7.3f s   compiled %7.3f s   CPython/compiled %5.1fx%s"
          % (call, py, rs, py / rs if rs > 0 else float("inf"), note), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every timed size")
    ap.add_argument("--pyctl", type=pathlib.Path, default=REPO / "build" / "tools" / "pyctl" / "pyctl")
    ap.add_argument("--only", default="", help="comma-separated case names (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    names = [n for n in args.only.split(",") if n] or list(CASES)
    for n in names:
        if n not in CASES:
            sys.exit("bench: no case %r (cases: %s)" % (n, ", ".join(CASES)))

    with work_dir(args.keep, prefix="pyctl-bench-loops-") as work:
        (work / "loops_cases.py").write_text(SOURCE)
        print("loops: CPU time of the call, best of %d runs (CPython %s)"
              % (args.repeat, sys.version.split()[0]))
        for name in names:
            bench(name, work, args)


if __name__ == "__main__":
    main()
