# Keyword arguments work for builtins and methods, not yet for user functions.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def helper(a, b):
    return a - b

def main(x):
    # CHECK: {{.*}}unsupported-keyword-argument.py:[[@LINE+3]]:22: error: unsupported construct: keyword argument in a call of a user function
    # CHECK-NEXT: {{^}}    return helper(x, b=1){{$}}
    # CHECK-NEXT: {{^}}                     ^~~{{$}}
    return helper(x, b=1)
