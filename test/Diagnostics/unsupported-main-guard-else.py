# `if __name__ == "__main__":` with an `else` (which would run when the module is imported) is
# refused; so is the guard inside a function or another block (a plain `__name__` read there).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: printf 'def f():\n    if __name__ == "__main__":\n        return 1\n' > %t.py
# RUN: not pyctl -passes=anf %t.py 2>&1 | FileCheck --check-prefix=NESTED %s
# NESTED: error: unsupported construct: '__name__' (pyctl supports it only in 'if __name__ == "__main__":' at module level)

def f(x):
    return x

if __name__ == "__main__":
    print(f(1))
# CHECK: {{.*}}unsupported-main-guard-else.py:[[@LINE+1]]:1: error: unsupported construct: 'elif' or 'else' of 'if __name__ == "__main__":'
else:
    print("imported")
