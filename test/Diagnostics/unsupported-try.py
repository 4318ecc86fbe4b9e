# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-try.py:[[@LINE+2]]:5: error: unsupported construct: 'try' statement
    # CHECK-NEXT: {{^}}    try:{{$}}
    try:
        x = 1
    except ValueError:
        pass
    return x
