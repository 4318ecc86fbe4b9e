# CPython: SyntaxError "annotated name 'x' can't be nonlocal", also when the annotation comes first.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
def f():
    x = 1
    def g():
        # CHECK: {{.*}}annotation-nonlocal.py:[[@LINE+1]]:9: error: annotated name 'x' can't be nonlocal
        x: int
        nonlocal x
        return x
    return g()
