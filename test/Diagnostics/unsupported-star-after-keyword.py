# `*` and `**` work in calls of user functions and builtins; `*` after a keyword argument (legal
# Python, unpacked before the keywords are evaluated) stays refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def g(*xs, **kw):
    return xs

def f(x, ys):
    # CHECK: {{.*}}unsupported-star-after-keyword.py:[[@LINE+2]]:19: error: unsupported construct: '{{[*]}}' unpacking after a keyword argument
    # CHECK-NEXT: {{^}}    return g(k=x, *ys){{$}}
    return g(k=x, *ys)
