# A bare `...` statement is a no-op (`def f(): ...`), but Ellipsis as a value is refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def stub():
    ...

def f(x):
    # CHECK: {{.*}}unsupported-ellipsis-value.py:[[@LINE+2]]:9: error: unsupported construct: '...' (Ellipsis) as a value
    # CHECK-NEXT: {{^}}    y = ...{{$}}
    y = ...
    return y
