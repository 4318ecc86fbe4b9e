# A method read without a call (`ys.count`) is a bound method; other attribute names are diagnosed.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-attribute-read.py:[[@LINE+2]]:9: error: unsupported construct: attribute access
    # CHECK-NEXT: {{^}}    n = ys.__class__{{$}}
    n = ys.__class__
    return x
