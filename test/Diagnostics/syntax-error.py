# A tree-sitter ERROR or MISSING node is a syntax error, located like every other diagnostic.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def main(x):
    # CHECK: {{.*}}syntax-error.py:[[@LINE+3]]:{{[0-9]+}}: error: syntax error
    # CHECK-NEXT: {{^}}    y = (x +{{$}}
    # CHECK-NEXT: {{^ *\^}}
    y = (x +
    return y
