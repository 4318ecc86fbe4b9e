# frozenset is not supported (sets are).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(xs):
    # CHECK: {{.*}}unsupported-frozenset.py:[[@LINE+2]]:12: error: unsupported construct: builtin 'frozenset'
    # CHECK-NEXT: {{^}}    return frozenset(xs) == {1}{{$}}
    return frozenset(xs) == {1}
