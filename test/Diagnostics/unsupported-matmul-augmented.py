# `@=` (and `@`) are refused with a located diagnostic: no runtime value supports them.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-matmul-augmented.py:[[@LINE+3]]:7: error: unsupported construct: matrix multiplication
# CHECK-NEXT: {{^}}    v @= 2{{$}}
def f(v):
    v @= 2
    return v
