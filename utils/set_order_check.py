#!/usr/bin/env python3
"""Random programs on sets of numbers, run by CPython and by `pyctl --trace`: the iteration orders
(and everything else the programs return) must be identical.

Each program applies a random sequence of set operations (add, discard, pop, clear, update, the
operators and their in-place forms, the methods, set(...) of lists, dicts and sets, displays with
and without constants and `*`, comprehensions over displays of constants, the set operations of
dict keys and items views) to ints, floats and tuples, and records list(s) after every step.
Usage: set_order_check.py --pyctl PATH [--programs N] [--seed S] [--show-refused]
Exits 1 (printing the first differing program) when pyctl's answer differs from CPython's; an
UnsupportedError (an order pyctl cannot reproduce) is counted, not failed.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

OPS = ["s.add({x})", "s.discard({x})", "s.update({lst})", "s.update({st})", "s.update({dct})",
       "s = s | {st}", "s |= {st}", "s = s & {st}", "s &= {st}", "s = s - {st}", "s -= {st}",
       "s = s ^ {st}", "s ^= {st}", "s = s.union({lst}, {st})", "s = s.intersection({lst})",
       "s = s.intersection({st}, {st})", "s.intersection_update({lst})", "s = s.difference({lst})",
       "s = s.difference({dct}, {st})", "s.difference_update({st})", "s.difference_update({lst})",
       "s = s.symmetric_difference({lst})", "s.symmetric_difference_update({dct})",
       "s = s.copy()", "s = set(s)", "s = set({lst})", "s = set({dct})", "pop_all(s, {k})",
       "s.clear()", "s = {{{items}}}", "trace.append([v for v in {{{items}}}])", "s = {{*s, {x}}}",
       "s = {{{x}, *{lst}, *s}}",
       # set operations on dict views (dictviews_sub/or/xor, dictitems_xor, _PyDictView_Intersect)
       "s = {dct}.keys() - s", "s = s - {dct}.keys()", "s -= {dct}.keys()", "s = {lst} - {dct}.keys()",
       "s = {dct}.keys() | {lst}", "s = s | {dct}.keys()", "s |= {dct}.keys()",
       "s = {dct}.keys() & s", "s = s & {dct}.keys()", "s = {dct}.keys() & {lst}",
       "s = {lst} & {dct}.keys()", "s = {dct}.keys() & {dct}.keys()",
       "s = {dct}.keys() ^ s", "s = {lst} ^ {dct}.keys()", "s = dict.fromkeys({lst}, 1).items() ^ dict.fromkeys({lst}, 2).items()",
       "s = dict.fromkeys({lst}, 1).items() - s", "s = dict.fromkeys({lst}, 2).items() | s",
       "s = dict.fromkeys({lst}, 1).items() & dict.fromkeys({lst}, 1).items()",
       "s = dict.fromkeys({lst}, 0).items() & s",
       "trace.append({dct}.keys().isdisjoint(s))"]


def value(rng, span):
    x = rng.randint(-span, span)
    r = rng.random()
    if r < 0.08:
        return repr(float(x) + rng.choice([0, 0.5]))
    if r < 0.12:
        return "(%d, %d)" % (x, rng.randint(-3, 3))
    if r < 0.14:
        return rng.choice(["True", "False"])
    return str(x)


def program(rng):
    span = rng.choice([8, 40, 100, 1000, 10 ** 6, 2 ** 62])
    lines = ["def pop_all(s, k):", "    out = []", "    while s and k > 0:",
             "        out.append(s.pop())", "        k -= 1", "    return out", "",
             "def main():", "    trace = []", "    s = set()"]
    for _ in range(rng.randint(3, 14)):
        items = lambda: ", ".join(value(rng, span) for _ in range(rng.randint(0, 24)))
        op = rng.choice(OPS)
        op = op.format(x=value(rng, span), lst="[%s]" % items(), st="set([%s])" % items(),
                       dct="{k: None for k in [%s]}" % items(), items=items() or "0", k=rng.randint(1, 6))
        lines.append("    " + op)
        lines.append("    trace.append(list(s))")
    lines.append("    return trace")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyctl", required=True)
    ap.add_argument("--programs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-refused", action="store_true",
                    help="print pyctl's message for each program it refused")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    refused = 0
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "inputs.jsonl")
        with open(inputs, "w") as f:
            f.write("[]\n")
        for n in range(args.programs):
            src = program(rng)
            path = os.path.join(tmp, "p%d.py" % n)
            with open(path, "w") as f:
                f.write(src)
            namespace = {}
            exec(compile(src, path, "exec"), namespace)
            try:
                expected = repr(namespace["main"]())
            except Exception as exc:  # noqa: BLE001 - the exception is the expected answer
                expected = "error " + type(exc).__name__
            run = subprocess.run([args.pyctl, "--trace", path, "--inputs", inputs, "--entry", "main",
                                  "-o", os.path.join(tmp, "t.json")], capture_output=True, text=True)
            got = None
            if run.returncode != 0 and "unsupported" in run.stderr:
                # Refusing is allowed (the order was not reproducible); a wrong answer is not.
                if args.show_refused:
                    print(run.stderr.strip().splitlines()[0])
                refused += 1
                continue
            if run.returncode == 0 and run.stdout.strip():
                line = json.loads(run.stdout.splitlines()[0])
                got = line.get("repr", "error " + str(line.get("error")))
            if got != expected:
                print("program %d differs:\n%s" % (n, src))
                print("CPython: %s\npyctl:   %s\n%s" % (expected, got, run.stderr))
                return 1
    print("%d programs agree, %d refused as unsupported" % (args.programs - refused, refused))
    return 0


if __name__ == "__main__":
    sys.exit(main())
