# `**m` in a dict display is supported unless the display calls a user function (A-normal form
# would have to snapshot the merged mapping before the call).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f():
    return 1

def main(m):
    # CHECK: {{.*}}unsupported-dict-splat-with-call.py:[[@LINE+1]]:13: error: unsupported construct: '**' in a dict display that calls a user function
    return {**m, "k": f()}

