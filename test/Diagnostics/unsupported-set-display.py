# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-set-display.py:[[@LINE+2]]:10: error: unsupported construct: set display
    # CHECK-NEXT: {{^}}    zs = {x, 1}{{$}}
    zs = {x, 1}
    return x
