# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x, ys):
    try:
        x = 1
    # CHECK: {{.*}}unsupported-except-star.py:[[@LINE+2]]:5: error: unsupported construct: 'except*'
    # CHECK-NEXT: {{^}}    except* ValueError:{{$}}
    except* ValueError:
        pass
    return x
