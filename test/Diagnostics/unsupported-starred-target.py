# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-starred-target.py:[[@LINE+2]]:12: error: unsupported construct: starred assignment target
    # CHECK-NEXT: {{^}}    first, *rest = ys{{$}}
    first, *rest = ys
    return x
