# Whatever would show the iteration order of two or more items of a set that held a str (whose
# hash CPython randomises per process) or of a display of colliding constants (whose layout
# depends on how CPython loaded the module) stops the evaluator; order-independent uses are exact.
# (Sets of numbers iterate in CPython's order: set-order.py.)
# RUN: pyctl --trace %s --inputs %S/Inputs/iter-modes.jsonl --entry ok -o %t.json | FileCheck --check-prefix=OK %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry shown -o %t.bad.json 2>&1 | FileCheck --check-prefix=SHOWN %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry iterated -o %t.bad2.json 2>&1 | FileCheck --check-prefix=ITER %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry floats -o %t.bad3.json 2>&1 | FileCheck --check-prefix=SUM %s

# OK:      {"repr": "[2, [0, 1], 1, True, 'set()']", "stdout": "", {{.*}}}
# OK-NEXT: {"repr": "[3, [0, 1, 2], 3, True, \"{'x'}\"]", "stdout": "", {{.*}}}
# OK-NEXT: {"repr": "[4, [0, 1, 2, 3], 6, True, \"{'x'}\"]", "stdout": "", {{.*}}}
# SHOWN: error: unsupported: the iteration order of a set whose table layout CPython does not reproduce
# ITER: error: unsupported: the iteration order of a set whose table layout CPython does not reproduce
# SUM: error: unsupported: sum() of a set whose order can change the result
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry colliding -o %t.bad4.json 2>&1 | FileCheck --check-prefix=SHOWN %s

def ok(n):
    s = set(range(n + 2))
    shown = {"x"} if n else set()
    return [len(s), sorted(s), sum(s), 1 in s, repr(shown)]

def shown(n):
    return repr({n, str(n)})

def iterated(n):
    out = []
    for x in {"a", "b"}:
        out.append(x)
    return out

def floats(n):
    return sum({0.5, "a"})

def colliding(n):
    return list({1, 33, 2})
