# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-del.py:[[@LINE+2]]:5: error: unsupported construct: 'del' statement
    # CHECK-NEXT: {{^}}    del ys[0]{{$}}
    del ys[0]
    return x
