# The iterable is evaluated once, before the loop; the target holds the last item afterwards.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def total(n):
# CHECK-NEXT:  {{^}}    _it0: object{{$}}
# CHECK-NEXT:  {{^}}    _s0: object{{$}}
# CHECK-NEXT:  {{^}}    _v0: object{{$}}
# CHECK-NEXT:  {{^}}    s = 0{{$}}
# CHECK-NEXT:  {{^}}    _it0 = iter(make(n)){{$}}
# CHECK-NEXT:  {{^}}    _s0 = []{{$}}
# CHECK-NEXT:  {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v0 = next(_it0, _s0){{$}}
# CHECK-NEXT:  {{^}}        if _v0 is _s0:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        x = _v0{{$}}
# CHECK-NEXT:  {{^}}        s += x{{$}}
# CHECK-NEXT:  {{^}}    return (s, x){{$}}
def make(n):
    print("make", n)
    return [n, n + 1, n + 2]

def total(n):
    s = 0
    for x in make(n):
        s += x
    return (s, x)

def over_range(n):
    last = -1
    for i in range(n):
        last = i
    return last

def main():
    print(total(1))
    print(over_range(4))
    print(over_range(0))

main()

# RUN-OUT:      {{^}}make 1{{$}}
# RUN-OUT-NEXT: {{^}}(6, 3){{$}}
# RUN-OUT-NEXT: {{^}}3{{$}}
# RUN-OUT-NEXT: {{^}}-1{{$}}
