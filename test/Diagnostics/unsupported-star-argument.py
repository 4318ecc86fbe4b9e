# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-star-argument.py:[[@LINE+2]]:11: error: unsupported construct: '{{[*]}}' unpacking
    # CHECK-NEXT: {{^}}    print(*ys){{$}}
    print(*ys)
    return x
