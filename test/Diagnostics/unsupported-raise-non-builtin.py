# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-raise-non-builtin.py:[[@LINE+2]]:11: error: unsupported construct: raise of anything but a builtin exception class (ValueError, TypeError, KeyError, ...) or a variable
    # CHECK-NEXT: {{^}}    raise MyError(x){{$}}
    raise MyError(x)
    return x
