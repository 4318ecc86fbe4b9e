# `(x): int = 1` is valid Python (a parenthesized name, annotated as a "complex" target), not
# modelled: diagnosed as unsupported, not with CPython's tuple-target SyntaxError, which
# `(x, y): int` gets.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: sed 's/(x): int/(x, y): int/' %s > %t.py
# RUN: not pyctl -passes=anf %t.py 2>&1 | FileCheck --check-prefix=TUPLE %s
def f():
    # CHECK: {{.*}}annotation-parenthesized-target.py:[[@LINE+2]]:5: error: unsupported construct: annotated assignment to a parenthesized name
    # TUPLE: error: only single target (not tuple) can be annotated
    (x): int = 1
    return x
