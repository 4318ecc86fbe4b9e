# A call in an annotation runs when the def runs: refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}annotation-call.py:[[@LINE+1]]:22: error: unsupported construct: call in a type annotation
def f(x: int = 1) -> make():
    return 1
