# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-default-parameter.py:[[@LINE+2]]:10: error: unsupported construct: default parameter value
# CHECK-NEXT: {{^}}def f(x, n=3):{{$}}
def f(x, n=3):
    return x * n
