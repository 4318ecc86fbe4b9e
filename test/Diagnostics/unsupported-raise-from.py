# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    try:
        x = 1 // x
    except ZeroDivisionError as e:
        # CHECK: {{.*}}unsupported-raise-from.py:[[@LINE+2]]:9: error: unsupported construct: 'raise ... from'
        # CHECK-NEXT: {{^}}        raise ValueError("zero") from e{{$}}
        raise ValueError("zero") from e
    return x
