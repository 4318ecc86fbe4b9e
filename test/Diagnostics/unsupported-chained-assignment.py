# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-chained-assignment.py:[[@LINE+2]]:5: error: unsupported construct: chained assignment
    # CHECK-NEXT: {{^}}    a = b = x{{$}}
    a = b = x
    return x
