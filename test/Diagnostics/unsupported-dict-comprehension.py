# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-dict-comprehension.py:[[@LINE+2]]:10: error: unsupported construct: dict comprehension
    # CHECK-NEXT: {{^}}    zs = {y: 1 for y in ys}{{$}}
    zs = {y: 1 for y in ys}
    return x
