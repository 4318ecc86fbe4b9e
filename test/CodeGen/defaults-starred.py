# Default parameter values (evaluated once where the def runs; a mutable default keeps its
# state; the entry's own defaults fill arguments an invocation leaves out) and starred
# assignment targets. Expected lines computed with python3 3.11; CPython raises for the last two
# inputs (str + int; too many arguments); a starred target short of items falls back (the third).
# RUN: pyctl --trace %s --inputs %S/Inputs/defaults-starred.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/defaults-starred.jsonl | FileCheck %s
# RUN: printf '[[1]]\n' | %t.bin | FileCheck --check-prefix=FALLBACK %s
# FALLBACK: {"fallback": true}

# CHECK:      {"repr": "[1, [2, 3], 4, [1, 2, 3, 4], 'n', ['o', 'n', 'e'], 13, 14, 12, [1, 2], 'none']", "stdout": "", "json": [1, [2, 3], 4, [1, 2, 3, 4], "n", ["o", "n", "e"], 13, 14, 12, [1, 2], "none"]}
# CHECK-NEXT: {"repr": "[5, [], 6, [5, 6], 'h', ['é', 'l', 'l', 'o'], 21, 26, 18, [1, 2], 'héllo']", "stdout": "", "json": [5, [], 6, [5, 6], "h", ["é", "l", "l", "o"], 21, 26, 18, [1, 2], "héllo"]}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
BASE = 10


def scale(x, factor=2, offset=BASE + 1):
    return x * factor + offset


def remember(item, seen=[]):
    seen.append(item)
    return seen


def main(xs, label="none"):
    first, *middle, last = xs
    *init, = xs
    head, *tail = label
    a = scale(first)
    b = scale(first, 3)
    c = scale(last, 3, 0)
    remember(1)
    seen = remember(2)
    return [first, middle, last, init, head, tail, a, b, c, seen, label]
