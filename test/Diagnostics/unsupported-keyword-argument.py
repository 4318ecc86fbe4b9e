# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def main(x):
    # CHECK: {{.*}}unsupported-keyword-argument.py:[[@LINE+3]]:14: error: unsupported construct: keyword argument
    # CHECK-NEXT: {{^}}    print(x, end="")
    # CHECK-NEXT: {{^}}             ^~~~~~{{$}}
    print(x, end="")
    return x
