# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-decorator.py:[[@LINE+2]]:1: error: unsupported construct: decorator
# CHECK-NEXT: {{^}}@staticmethod{{$}}
@staticmethod
def f(x):
    return x
