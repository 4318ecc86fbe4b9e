# `except NAME` and `raise NAME[...](...)`: a name the module binds nowhere (CPython's NameError
# when an exception reaches the clause; most likely a class or import pyctl lacks) and a raise
# of something that is neither a class, a variable nor a call of one.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/raise-subscript-call.py 2>&1 | FileCheck --check-prefix=SUBSCRIPT %s

def f(x):
    try:
        x = 1 // x
    # CHECK: {{.*}}unsupported-except-unbound-name.py:[[@LINE+2]]:12: error: unsupported construct: 'except undefined_name', a name the module binds nowhere (pyctl catches builtin exception classes such as ValueError, or a variable holding them)
    # CHECK-NEXT: {{^}}    except undefined_name:{{$}}
    except undefined_name:
        pass
    return x

# SUBSCRIPT: raise-subscript-call.py:5:11: error: unsupported construct: raise of anything but a builtin exception class (ValueError, TypeError, KeyError, ...) or a variable, or a call of one
