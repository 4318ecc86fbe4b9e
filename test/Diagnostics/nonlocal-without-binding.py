# CPython's SyntaxError "no binding for nonlocal 'total' found", at the nonlocal statement.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def outer(x):
    def inner():
        # CHECK: {{.*}}nonlocal-without-binding.py:[[@LINE+1]]:9: error: no binding for nonlocal 'total' found
        nonlocal total
        total = 1
    inner()
    return x
