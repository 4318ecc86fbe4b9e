# "A" | None raises TypeError (str has no |): refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}annotation-string-union.py:[[@LINE+1]]:10: error: unsupported construct: string as an operand of '|' in a type annotation
def f(x: "A" | None):
    return 1
