# int[str] raises TypeError when the def runs.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}annotation-not-subscriptable.py:[[@LINE+1]]:10: error: type 'int' is not subscriptable
def f(x: int[str]):
    return 1
