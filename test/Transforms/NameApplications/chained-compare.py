# `f(a) < f(b) < f(c)`: each operand is evaluated once, left to right, and the chain stops at the
# first false comparison (f(c) is not called then).
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def f(x):
    print("f", x)
    return x

# CHECK-LABEL: {{^}}def chain(a, b, c):
# CHECK-NEXT:  {{^}}    [[T:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[A:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[B:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[C:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[A]] = f(a){{$}}
# CHECK-NEXT:  {{^}}    [[B]] = f(b){{$}}
# CHECK-NEXT:  {{^}}    [[T]] = [[A]] < [[B]]{{$}}
# CHECK-NEXT:  {{^}}    if [[T]]:{{$}}
# CHECK-NEXT:  {{^}}        [[C]] = f(c){{$}}
# CHECK-NEXT:  {{^}}        [[T]] = [[B]] < [[C]]{{$}}
# CHECK-NEXT:  {{^}}    return [[T]]{{$}}
def chain(a, b, c):
    return f(a) < f(b) < f(c)

# A call in the last operand only: the operands before it are still read first.
def late(lo, mid, x):
    return lo <= mid < f(x)

# A call in the middle operand, in an `if` condition.
def inside(lo, x, hi):
    if lo < f(x) <= hi:
        return "in"
    return "out"

def main():
    print(chain(1, 2, 3))
    print(chain(2, 1, 3))
    print(chain(1, 2, 2))
    print(late(1, 2, 3))
    print(late(3, 2, 9))
    print(inside(0, 5, 5))
    print(inside(5, 5, 9))

main()

# RUN-OUT:      {{^}}f 1{{$}}
# RUN-OUT-NEXT: {{^}}f 2{{$}}
# RUN-OUT-NEXT: {{^}}f 3{{$}}
# RUN-OUT-NEXT: {{^}}True{{$}}
# RUN-OUT-NEXT: {{^}}f 2{{$}}
# RUN-OUT-NEXT: {{^}}f 1{{$}}
# RUN-OUT-NEXT: {{^}}False{{$}}
# RUN-OUT-NEXT: {{^}}f 1{{$}}
# RUN-OUT-NEXT: {{^}}f 2{{$}}
# RUN-OUT-NEXT: {{^}}f 2{{$}}
# RUN-OUT-NEXT: {{^}}False{{$}}
# RUN-OUT-NEXT: {{^}}f 3{{$}}
# RUN-OUT-NEXT: {{^}}True{{$}}
# RUN-OUT-NEXT: {{^}}False{{$}}
# RUN-OUT-NEXT: {{^}}f 5{{$}}
# RUN-OUT-NEXT: {{^}}in{{$}}
# RUN-OUT-NEXT: {{^}}f 5{{$}}
# RUN-OUT-NEXT: {{^}}out{{$}}
