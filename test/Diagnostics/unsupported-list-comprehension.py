# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-list-comprehension.py:[[@LINE+2]]:10: error: unsupported construct: list comprehension
    # CHECK-NEXT: {{^}}    zs = [y * 2 for y in ys]{{$}}
    zs = [y * 2 for y in ys]
    return x
