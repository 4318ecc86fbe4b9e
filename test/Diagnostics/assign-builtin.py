# Rebinding a builtin pyctl treats as a primitive operation is refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    # CHECK: {{.*}}assign-builtin.py:[[@LINE+1]]:5: error: assignment to builtin name 'len' is not supported
    len = 3
    return x
