# `*` unpacking works in displays and in calls of builtins and methods; a user function's
# parameters are bound at trace time, so `*` in its calls is refused, as is `**` anywhere.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: sed -e 's/^    return g(\*ys)$/    return print(**ys)/' %s > %t.py
# RUN: not pyctl -passes=anf %t.py 2>&1 | FileCheck --check-prefix=KW %s

def g(*xs):
    return xs

def f(x, ys):
    print(*ys, x)
    # CHECK: {{.*}}unsupported-star-argument.py:[[@LINE+3]]:14: error: unsupported construct: '{{[*]}}' unpacking in a call of a user function
    # CHECK-NEXT: {{^}}    return g(*ys){{$}}
    # KW: error: unsupported construct: '{{[*][*]}}' unpacking
    return g(*ys)
