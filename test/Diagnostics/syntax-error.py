# A tree-sitter ERROR or MISSING node is a syntax error, located like every other diagnostic.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/extra-paren.py 2>&1 | FileCheck --check-prefix=PAREN %s
# PAREN: {{.*}}extra-paren.py:2:1: error: syntax error
# PAREN-NEXT: {{^}}print(x)){{$}}
# PAREN-NEXT: {{^}}^

def main(x):
    # CHECK: {{.*}}syntax-error.py:[[@LINE+3]]:5: error: syntax error
    # CHECK-NEXT: {{^}}    y = (x +{{$}}
    # CHECK-NEXT: {{^}}    ^
    y = (x +
    return y
