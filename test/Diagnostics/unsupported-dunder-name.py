# `__name__` is supported only in `if __name__ == "__main__":` at module level (a block that
# never runs when the module is imported); any other read is refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    # CHECK: {{.*}}unsupported-dunder-name.py:[[@LINE+2]]:12: error: unsupported construct: '__name__' (pyctl supports it only in 'if __name__ == "__main__":' at module level)
    # CHECK-NEXT: {{^}}    return __name__ + x{{$}}
    return __name__ + x
