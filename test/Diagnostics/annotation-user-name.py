# An annotation naming a user binding may raise or change (NameError before it exists): refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}annotation-user-name.py:[[@LINE+1]]:10: error: unsupported construct: name 'Config' in a type annotation
def f(x: Config) -> int:
    return 1
