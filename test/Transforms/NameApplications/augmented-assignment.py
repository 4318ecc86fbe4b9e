# `x op= f()` reads the target (its object and, for `a[i]`, the current item) before calling f,
# as CPython does, even when f changes what the target refers to.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def bump(box):
    print("bump sees", box)
    box[0] = 100
    return 5

def extra(xs):
    xs[0] = 9
    return [3]

def twice(n):
    return n * 2

# CHECK-LABEL: {{^}}def item(box):
# CHECK-NEXT:  {{^}}    [[BASE:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[OLD:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[V:_t[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}    [[BASE]] = box{{$}}
# CHECK-NEXT:  {{^}}    [[OLD]] = [[BASE]][0]{{$}}
# CHECK-NEXT:  {{^}}    [[V]] = bump(box){{$}}
# CHECK-NEXT:  {{^}}    [[OLD]] += [[V]]{{$}}
# CHECK-NEXT:  {{^}}    [[BASE]][0] = [[OLD]]{{$}}
# CHECK-NEXT:  {{^}}    return box{{$}}
def item(box):
    box[0] += bump(box)
    return box

# A list target: += extends the same list in place, after extra() changed it.
def in_place(xs):
    alias = xs
    xs += extra(xs)
    return (xs, alias, xs is alias)

def number(n):
    n += twice(n)
    n -= twice(1)
    return n

# The index is computed before the call too.
def indexed(xs, i):
    xs[i + 1] *= twice(xs[i])
    return xs

# A slice target (QA7 F10): its bounds are named, never the slice itself, and are evaluated once.
# CHECK-LABEL: {{^}}def sliced(xs, n):
# CHECK:       {{^}}    [[SBASE:_t[0-9]+]] = xs{{$}}
# CHECK-NEXT:  {{^}}    [[LO:_t[0-9]+]] = n{{$}}
# CHECK-NEXT:  {{^}}    [[SOLD:_t[0-9]+]] = [[SBASE]]{{\[}}[[LO]]:]{{$}}
# CHECK-NEXT:  {{^}}    [[SV:_t[0-9]+]] = extra(xs){{$}}
# CHECK-NEXT:  {{^}}    [[SOLD]] += [[SV]]{{$}}
# CHECK-NEXT:  {{^}}    [[SBASE]]{{\[}}[[LO]]:] = [[SOLD]]{{$}}
def sliced(xs, n):
    xs[n:] += extra(xs)
    return xs

def main():
    print(item([1]))
    print(sliced([1, 2, 3], 1))
    print(in_place([1, 2]))
    print(number(5))
    print(indexed([2, 3, 4], 0))

main()

# RUN-OUT:      {{^}}bump sees [1]{{$}}
# RUN-OUT-NEXT: {{^}}[6]{{$}}
# RUN-OUT-NEXT: {{^}}[9, 2, 3, 3]{{$}}
# RUN-OUT-NEXT: {{^}}([9, 2, 3], [9, 2, 3], True){{$}}
# RUN-OUT-NEXT: {{^}}13{{$}}
# RUN-OUT-NEXT: {{^}}[2, 12, 4]{{$}}
