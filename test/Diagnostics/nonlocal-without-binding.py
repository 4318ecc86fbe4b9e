# CPython's SyntaxError "no binding for nonlocal 'total' found", at the def that declares it.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def outer(x):
    # CHECK: {{.*}}nonlocal-without-binding.py:[[@LINE+1]]:5: error: no binding for nonlocal 'total' found
    def inner():
        nonlocal total
        total = 1
    inner()
    return x
