# Keyword-only parameters, *args and **kwargs are supported; positional-only ones are not.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-positional-only.py:[[@LINE+3]]:13: error: unsupported construct: positional-only parameter marker
# CHECK-NEXT: {{^}}def f(a, b, /, c, *, d):{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}
def f(a, b, /, c, *, d):
    return a
