# `d[a, b]` is supported (the index is the tuple `(a, b)`); a slice inside such a tuple would need
# slice objects as values, and a starred item likewise, so both are diagnosed.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: sed 's/\[1:2, 0\]/[0, *ys]/' %s > %t.py
# RUN: not pyctl -passes=anf %t.py 2>&1 | FileCheck --check-prefix=STAR %s

def f(x, ys):
    # CHECK: {{.*}}unsupported-tuple-subscript-slice.py:[[@LINE+4]]:14: error: unsupported construct: slice in a tuple subscript
    # CHECK-NEXT: {{^}}    return x[1:2, 0]{{$}}
    # CHECK-NEXT: {{^}}               ^~~{{$}}
    # STAR: error: unsupported construct: '*' in a subscript
    return x[1:2, 0]
