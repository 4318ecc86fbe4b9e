# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-attribute-read.py:[[@LINE+2]]:9: error: unsupported construct: attribute access
    # CHECK-NEXT: {{^}}    n = ys.count{{$}}
    n = ys.count
    return x
