# An annotated subscript target evaluates its object and index (and, at
# module level, the annotation): not supported.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
def f(d):
    # CHECK: {{.*}}annotation-subscript-target.py:[[@LINE+1]]:5: error: unsupported construct: annotated assignment to a subscript
    d["k"]: int = 1
    return d
