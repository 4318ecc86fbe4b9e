# Whatever would show the iteration order of a set of two or more items stops the evaluator
# (CPython's order depends on hashes and, for str, on hash randomisation); order-independent uses
# are exact.
# RUN: pyctl --trace %s --inputs %S/Inputs/iter-modes.jsonl --entry ok -o %t.json | FileCheck --check-prefix=OK %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry shown -o %t.bad.json 2>&1 | FileCheck --check-prefix=SHOWN %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry iterated -o %t.bad2.json 2>&1 | FileCheck --check-prefix=ITER %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry floats -o %t.bad3.json 2>&1 | FileCheck --check-prefix=SUM %s

# OK:      {"repr": "[2, [0, 1], 1, True, 'set()']", "stdout": "", {{.*}}}
# OK-NEXT: {"repr": "[3, [0, 1, 2], 3, True, \"{'x'}\"]", "stdout": "", {{.*}}}
# OK-NEXT: {"repr": "[4, [0, 1, 2, 3], 6, True, \"{'x'}\"]", "stdout": "", {{.*}}}
# SHOWN: error: unsupported: the iteration order of a set of two or more items
# ITER: error: unsupported: the iteration order of a set of two or more items
# SUM: error: unsupported: sum() of a set whose order can change the result

def ok(n):
    s = set(range(n + 2))
    shown = {"x"} if n else set()
    return [len(s), sorted(s), sum(s), 1 in s, repr(shown)]

def shown(n):
    return repr({n, n + 1})

def iterated(n):
    out = []
    for x in {"a", "b"}:
        out.append(x)
    return out

def floats(n):
    return sum({0.1, 0.2, 0.3})
