# CPython merges a `**mapping` argument where it stands, before the arguments after it are
# evaluated; a user call in one of those would have to be named first, after the merge, which a
# temporary cannot do: it is refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def h():
    return 1

def g(**kw):
    return kw

def f(d):
    # CHECK: {{.*}}unsupported-user-call-after-double-star.py:[[@LINE+2]]:21: error: unsupported construct: a call of a user function in an argument after '**' unpacking
    # CHECK-NEXT: {{^}}    return g(**d, k=h()){{$}}
    return g(**d, k=h())
