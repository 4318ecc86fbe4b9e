# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    # CHECK: {{.*}}unsupported-lambda.py:[[@LINE+3]]:9: error: unsupported construct: lambda
    # CHECK-NEXT: {{^}}    g = lambda y: y + x{{$}}
    # CHECK-NEXT: {{^}}        ^~~~~~~~~~~~~~~{{$}}
    g = lambda y: y + x
    return g(1)
