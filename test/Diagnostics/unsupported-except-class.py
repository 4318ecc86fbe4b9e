# `except` takes builtin exception class names only (pyctl has no classes, and an expression
# there would be evaluated at run time).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, kinds):
    try:
        x = 1 // x
    # CHECK: {{.*}}unsupported-except-class.py:[[@LINE+2]]:25: error: unsupported construct: 'except' of anything but builtin exception classes
    # CHECK-NEXT: {{^}}    except (ValueError, kinds[0]):{{$}}
    except (ValueError, kinds[0]):
        pass
    return x
