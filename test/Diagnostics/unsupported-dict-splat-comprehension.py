# A comprehension in a dict display with `**` is lowered to a call of a function of its own, and
# the message says so.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def links(d):
    # CHECK: {{.*}}unsupported-dict-splat-comprehension.py:[[@LINE+1]]:24: error: unsupported construct: '**' in a dict display that calls a user function (a comprehension or generator expression is one; bind the call's result to a variable first)
    return {"page": 1, **{k: v for k, v in d.items() if v is not None}}
