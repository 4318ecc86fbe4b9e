# A lambda takes every parameter form a def takes (defaults, *args, keyword-only parameters,
# **kwargs) and, like a def, no positional-only ones.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-lambda-positional-only.py:[[@LINE+4]]:24: error: unsupported construct: positional-only parameter marker
# CHECK-NEXT: {{^}}    f = lambda a, b=1, /, *c, d, **e: a{{$}}
# CHECK-NEXT: {{^}}                       ^{{$}}
def g():
    f = lambda a, b=1, /, *c, d, **e: a
    return f
