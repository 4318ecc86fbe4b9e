# An exception class used as a value (not after `raise` or `except`) is refused: pyctl has no
# class values, and a NameError would be a wrong answer.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    try:
        x = 1 // x
    except ZeroDivisionError as e:
        # CHECK: {{.*}}unsupported-exception-value.py:[[@LINE+2]]:30: error: unsupported construct: the exception class 'ZeroDivisionError' used as a value (pyctl has exception classes only in 'raise ZeroDivisionError(...)' and 'except ZeroDivisionError')
        # CHECK-NEXT: {{^}}        return isinstance(e, ZeroDivisionError){{$}}
        return isinstance(e, ZeroDivisionError)
    return x
