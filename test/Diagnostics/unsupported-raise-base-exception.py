# Builtin exception classes that do not derive from Exception are not raised: an invocation that
# ended with one would have no result line (CPython's harnesses catch Exception only).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    if x:
        # CHECK: {{.*}}unsupported-raise-base-exception.py:[[@LINE+2]]:15: error: unsupported construct: raise of 'SystemExit', which does not derive from Exception
        # CHECK-NEXT: {{^}}        raise SystemExit(1){{$}}
        raise SystemExit(1)
    return x
