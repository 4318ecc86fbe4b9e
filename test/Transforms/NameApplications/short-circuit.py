# `a and f(x)` calls f only when a is true; `f(x) or g(y)` calls g only when f(x) is false. The
# value of the expression is the operand that decided it, as in CPython.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def f(x):
    print("f", x)
    return x

def g(x):
    print("g", x)
    return x * 2

# CHECK-LABEL: {{^}}def both(a, x):
# CHECK-NEXT:  {{^}}    [[T:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[C:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[T]] = a{{$}}
# CHECK-NEXT:  {{^}}    if [[T]]:{{$}}
# CHECK-NEXT:  {{^}}        [[C]] = f(x){{$}}
# CHECK-NEXT:  {{^}}        [[T]] = [[C]]{{$}}
# CHECK-NEXT:  {{^}}    return [[T]]{{$}}
def both(a, x):
    return a and f(x)

# CHECK-LABEL: {{^}}def either(x, y):
# CHECK-NEXT:  {{^}}    [[T:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[C1:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[C2:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[C1]] = f(x){{$}}
# CHECK-NEXT:  {{^}}    [[T]] = [[C1]]{{$}}
# CHECK-NEXT:  {{^}}    if not [[T]]:{{$}}
# CHECK-NEXT:  {{^}}        [[C2]] = g(y){{$}}
# CHECK-NEXT:  {{^}}        [[T]] = [[C2]]{{$}}
# CHECK-NEXT:  {{^}}    return [[T]]{{$}}
def either(x, y):
    return f(x) or g(y)

# Nested: g runs only when neither a nor f(x) decided it.
def nested(a, x, y):
    r = a or f(x) and g(y)
    return r

def main():
    print(both(0, 1))
    print(both(1, 2))
    print(either(0, 3))
    print(either(4, 5))
    print(nested(7, 1, 1))
    print(nested(0, 0, 1))
    print(nested(0, 1, 3))

main()

# RUN-OUT:      {{^}}0{{$}}
# RUN-OUT-NEXT: {{^}}f 2{{$}}
# RUN-OUT-NEXT: {{^}}2{{$}}
# RUN-OUT-NEXT: {{^}}f 0{{$}}
# RUN-OUT-NEXT: {{^}}g 3{{$}}
# RUN-OUT-NEXT: {{^}}6{{$}}
# RUN-OUT-NEXT: {{^}}f 4{{$}}
# RUN-OUT-NEXT: {{^}}4{{$}}
# RUN-OUT-NEXT: {{^}}7{{$}}
# RUN-OUT-NEXT: {{^}}f 0{{$}}
# RUN-OUT-NEXT: {{^}}0{{$}}
# RUN-OUT-NEXT: {{^}}f 1{{$}}
# RUN-OUT-NEXT: {{^}}g 3{{$}}
# RUN-OUT-NEXT: {{^}}6{{$}}
