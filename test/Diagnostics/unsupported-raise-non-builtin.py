# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-raise-non-builtin.py:[[@LINE+2]]:11: error: unsupported construct: raise of 'MyError', a name the module binds nowhere (pyctl raises builtin exception classes such as ValueError, or a variable holding one; classes of your own are not supported)
    # CHECK-NEXT: {{^}}    raise MyError(x){{$}}
    raise MyError(x)
    return x
