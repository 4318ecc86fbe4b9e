# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-bare-raise.py:[[@LINE+2]]:5: error: unsupported construct: bare 'raise'
    # CHECK-NEXT: {{^}}    raise{{$}}
    raise
    return x
