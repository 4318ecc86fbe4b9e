# Set displays are supported; set comprehensions are not yet.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(xs):
    # CHECK: {{.*}}unsupported-set-comprehension.py:[[@LINE+2]]:10: error: unsupported construct: set comprehension
    # CHECK-NEXT: {{^}}    zs = {x * 2 for x in xs}{{$}}
    zs = {x * 2 for x in xs}
    return len(zs)
