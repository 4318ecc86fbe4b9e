# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-walrus.py:[[@LINE+2]]:9: error: unsupported construct: assignment expression ':='
    # CHECK-NEXT: {{^}}    if (n := len(ys)) > 2:{{$}}
    if (n := len(ys)) > 2:
        pass
    return x
