# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def main(path):
    # CHECK: {{.*}}unsupported-with.py:[[@LINE+3]]:5: error: unsupported construct: 'with' statement
    # CHECK-NEXT: {{^}}    with open(path) as f:{{$}}
    # CHECK-NEXT: {{^}}    ^~~~~~~~~~~~~~~~~~~~~{{$}}
    with open(path) as f:
        return 1
