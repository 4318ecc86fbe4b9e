# Compiled `try`: `finally` runs on normal exit, on `return` (after the value is computed, before
# the function returns) and on `break`/`continue` out of it; a `return` in `finally` wins. An
# exception a handler caught makes compiled code fall back (the interpreter re-runs the call and
# catches it); the other paths give CPython's answers (python3 3.11).
# RUN: printf '[[1, 2, 3]]\n[[4, -1, 5]]\n[[0, 9]]\n[[7, 100, 8]]\n[[]]\n' > %t.jsonl
# RUN: pyctl --trace %s --inputs %t.jsonl -o %t.json | FileCheck --check-prefix=CPP %s
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.jsonl | FileCheck %s

# CPP:      {"repr": "(6, ['f1', 'f2', 'f3', 'done'])", "stdout": "", "json": [6, ["f1", "f2", "f3", "done"]]}
# CPP-NEXT: {"repr": "(8, ['f4', 'f-1', 'f5', 'done'])", "stdout": "", "json": [8, ["f4", "f-1", "f5", "done"]]}
# CPP-NEXT: {"repr": "(8, ['zero', 'f0', 'f9', 'done'])", "stdout": "", "json": [8, ["zero", "f0", "f9", "done"]]}
# CPP-NEXT: {"repr": "(107, ['f7', 'f100', 'done'])", "stdout": "", "json": [107, ["f7", "f100", "done"]]}
# CPP-NEXT: {"repr": "(0, ['done'])", "stdout": "", "json": [0, ["done"]]}

# RUST: : (u32, Value) = 't{{[0-9]+}}: {

# CHECK:      {"repr": "(6, ['f1', 'f2', 'f3', 'done'])", "stdout": "", "json": [6, ["f1", "f2", "f3", "done"]]}
# CHECK-NEXT: {"repr": "(8, ['f4', 'f-1', 'f5', 'done'])", "stdout": "", "json": [8, ["f4", "f-1", "f5", "done"]]}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "(107, ['f7', 'f100', 'done'])", "stdout": "", "json": [107, ["f7", "f100", "done"]]}
# CHECK-NEXT: {"repr": "(0, ['done'])", "stdout": "", "json": [0, ["done"]]}


def step(log, x):
    try:
        if x > 50:
            return x
        if x < 0:
            return -1
        return 9 // x
    except ZeroDivisionError:
        log.append("zero")
        return -2
    finally:
        log.append("f" + str(x))


def main(xs):
    total = 0
    log = []
    for x in xs:
        try:
            r = step(log, x)
            if r > 50:
                total += r
                break
            if r < 0:
                total += r
                continue
            total += x
        finally:
            if x == 0:
                total += 1
    try:
        log.append("done")
    finally:
        return total, log
