# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-assert.py:[[@LINE+2]]:5: error: unsupported construct: 'assert' statement
    # CHECK-NEXT: {{^}}    assert x > 0{{$}}
    assert x > 0
    return x
