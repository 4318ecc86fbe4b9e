#!/usr/bin/env python3
"""Random lists sorted by CPython and by `pyctl --trace`: sorted(), list.sort() and a sort by a
user key function must give identical results, the same first TypeError and the same partly sorted
list after it.

The lists (0 to --max-len items, most of them 64 or more, where CPython's sort merges runs) hold
floats with NaNs, ascending and descending runs, duplicates (1, 1.0 and True among them), sets of
small ints (ordered by inclusion), tuples whose second items are ints or strs (a TypeError only
when the first items are equal, so deep inside a merge), and ints mixed with strs or None in blocks
that may meet first in a merge. Each list is one invocation of one program, run once by pyctl.
Usage: sort_order_check.py --pyctl PATH [--lists N] [--seed S] [--max-len L]
Exits 1 (printing the first differing list) when pyctl's answer differs from CPython's; a list
pyctl refuses as unsupported fails too (nothing here should be refused).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

# Items are written as [tag, value] since JSON has no NaN, set or tuple:
# 0 the JSON value itself, 1 float('nan'), 2 set(value), 3 tuple(value).
PROGRAM = '''\
def build(spec):
    out = []
    for v in spec:
        if v[0] == 0:
            out.append(v[1])
        elif v[0] == 1:
            out.append(float('nan'))
        elif v[0] == 2:
            out.append(set(v[1]))
        else:
            out.append(tuple(v[1]))
    return out


def main(spec, reverse):
    xs = build(spec)
    out = []
    try:
        out.append(sorted(xs, reverse=reverse))
    except TypeError as e:
        out.append(str(e))
    ys = list(xs)
    try:
        ys.sort(reverse=not reverse)
        out.append(ys)
    except TypeError as e:
        out.append([str(e), ys])
    idx = list(range(len(xs)))
    try:
        idx.sort(key=lambda i: xs[i], reverse=reverse)
        out.append(idx)
    except TypeError as e:
        out.append([str(e), idx])
    return out
'''


def length(rng, max_len):
    r = rng.random()
    if r < 0.1:
        return rng.randint(0, 63)
    if r < 0.3:
        return rng.randint(64, 160)
    return rng.randint(64, max_len)


def runs(rng, n, value):
    """n items in ascending, descending (strict or not) and shuffled runs of `value()`s."""
    out = []
    while len(out) < n:
        run = [value() for _ in range(rng.choice([1, 2, 5, 20, 40, 70, 200]))]
        shape = rng.random()
        if shape < 0.3:
            run.sort(key=sort_key)
        elif shape < 0.6:
            run.sort(key=sort_key, reverse=True)
        out.extend(run)
    return out[:n]


def sort_key(item):
    """A total order on the encoded items, to build runs (NaNs and strs last)."""
    tag, v = item
    if tag == 0 and isinstance(v, (int, float)):
        return (0, v, "")
    if tag == 0 and isinstance(v, str):
        return (2, 0, v)
    if tag == 2:
        return (1, len(v), str(sorted(v)))
    if tag == 3:
        return (1, v[0], str(v[1]))
    return (3, 0, "")


def floats_with_nans(rng):
    p = rng.choice([0.01, 0.05, 0.3])
    return lambda: [1, None] if rng.random() < p else [0, rng.choice([rng.randint(-20, 20) / 2,
                                                                          float(rng.randint(0, 5))])]


def duplicates(rng):
    span = rng.choice([1, 3, 10, 1000])
    return lambda: [0, rng.choice([rng.randint(-span, span), True, False, 1.0, 0.0, -1.5])]


def small_sets(rng):
    size = rng.choice([2, 3, 4])
    return lambda: [2, sorted(rng.sample(range(size + 1), rng.randint(0, size)))]


def tuples(rng):
    firsts = rng.choice([2, 10, 400])
    p = rng.choice([0.0, 0.002, 0.02, 0.2])
    return lambda: [3, [rng.randint(0, firsts),
                        "s%d" % rng.randint(0, 3) if rng.random() < p else rng.randint(0, 9)]]


def mixed(rng):
    p = rng.choice([0.001, 0.01, 0.1])
    other = rng.choice([["s"], [None], [[1]]])
    return lambda: [0, rng.choice(other)] if rng.random() < p else [0, rng.randint(0, 50)]


def blocks(rng, n):
    """Blocks of ints and of strs whose lengths follow minrun, so they first meet in a merge."""
    out = []
    minrun = n
    r = 0
    while minrun >= 64:
        r |= minrun & 1
        minrun >>= 1
    minrun += r
    kinds = [lambda: [0, rng.randint(0, 9)], lambda: [0, "s%d" % rng.randint(0, 9)]]
    while len(out) < n:
        kind = rng.choice(kinds)
        out.extend(kind() for _ in range(rng.choice([minrun, 2 * minrun, 1, rng.randint(1, 99)])))
    return out[:n]


def make_list(rng, max_len):
    n = length(rng, max_len)
    kind = rng.randrange(6)
    if kind == 0:
        return runs(rng, n, floats_with_nans(rng))
    if kind == 1:
        return runs(rng, n, duplicates(rng))
    if kind == 2:
        return runs(rng, n, small_sets(rng))
    if kind == 3:
        return runs(rng, n, tuples(rng))
    if kind == 4:
        return runs(rng, n, mixed(rng))
    return blocks(rng, n)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyctl", required=True)
    ap.add_argument("--lists", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=2000)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    calls = [[make_list(rng, args.max_len), rng.random() < 0.3] for _ in range(args.lists)]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sort_order.py")
        with open(path, "w") as f:
            f.write(PROGRAM)
        inputs = os.path.join(tmp, "inputs.jsonl")
        with open(inputs, "w") as f:
            for call in calls:
                f.write(json.dumps(call) + "\n")
        namespace = {}
        exec(compile(PROGRAM, path, "exec"), namespace)
        run = subprocess.run([args.pyctl, "--trace", path, "--inputs", inputs, "--entry", "main",
                              "-o", os.path.join(tmp, "t.json")], capture_output=True, text=True)
        lines = run.stdout.splitlines()
        merged = raised = 0
        for n, call in enumerate(calls):
            result = namespace["main"](*call)
            merged += len(call[0]) >= 64
            raised += isinstance(result[0], str)
            expected = repr(result)
            got = None
            if n < len(lines):
                line = json.loads(lines[n])
                got = line.get("repr", "error " + str(line.get("error")))
            if got != expected:
                print("list %d differs (reverse=%s): %s" % (n, call[1], json.dumps(call[0])))
                print("CPython: %s\npyctl:   %s\n%s" % (expected, got, run.stderr))
                return 1
        if run.returncode != 0:
            print("pyctl failed:\n" + run.stderr)
            return 1
    print("%d lists agree (%d of 64 or more items, %d raised TypeError)" % (args.lists, merged, raised))
    return 0


if __name__ == "__main__":
    sys.exit(main())
