# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-generator.py:[[@LINE+2]]:5: error: unsupported construct: 'yield'
    # CHECK-NEXT: {{^}}    yield x{{$}}
    yield x
    return x
