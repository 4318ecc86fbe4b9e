# An assignment expression at module level is not supported (in function bodies it is: walrus.test
# lists the shapes still refused).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-walrus.py:[[@LINE+2]]:5: error: unsupported construct: assignment expression ':=' at module level
# CHECK-NEXT: {{^}}if (limit := len("abc")) > 2:{{$}}
if (limit := len("abc")) > 2:
    pass

def f(x, ys):
    return x
