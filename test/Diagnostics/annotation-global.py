# CPython: SyntaxError "annotated name 'x' can't be global", whichever comes first.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
x = 1

def f():
    global x
    # CHECK: {{.*}}annotation-global.py:[[@LINE+1]]:5: error: annotated name 'x' can't be global
    x: int = 2
    return x
