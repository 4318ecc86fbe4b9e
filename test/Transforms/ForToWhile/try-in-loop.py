# for-to-while lowers loops inside every clause of a `try` and leaves the `try` itself alone;
# `continue` and `break` inside the try still run `finally`.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def total(xs):
# CHECK:       {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v0 = next(_it0, _s0){{$}}
# CHECK-NEXT:  {{^}}        if _v0 is _s0:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        x = _v0{{$}}
# CHECK-NEXT:  {{^}}        try:{{$}}
# CHECK-NEXT:  {{^}}            if x == 0:{{$}}
# CHECK-NEXT:  {{^}}                continue{{$}}
# CHECK:       {{^}}        finally:{{$}}
# CHECK-NEXT:  {{^}}            _it1 = iter('ab'){{$}}
# CHECK:       {{^}}            while True:{{$}}
def total(xs):
    t = 0
    for x in xs:
        try:
            if x == 0:
                continue
            if x < 0:
                break
            t += 10 // x
        finally:
            for c in "ab":
                t += 1
    return t

# RUN-OUT: 15
print(total([5, 0, 2, -1, 7]))
