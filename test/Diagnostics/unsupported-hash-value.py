# `hash` is called only directly: used as a value (through a variable, by map or as a key) the
# Python tracer could not refuse the hashes that vary per process, which the evaluator refuses.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(xs):
    # CHECK: {{.*}}unsupported-hash-value.py:[[@LINE+2]]:21: error: unsupported construct: the builtin 'hash' used as a value (pyctl calls hash only directly, 'hash(x)')
    # CHECK-NEXT: {{^}}    return list(map(hash, xs)) + [hash(1)]{{$}}
    return list(map(hash, xs)) + [hash(1)]
