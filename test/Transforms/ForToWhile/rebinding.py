# Rebinding the target or the iterable's name inside the body does not change the iteration.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def walk(xs):
# CHECK:       {{^}}    _it0 = iter(xs){{$}}
# CHECK-NEXT:  {{^}}    _s0 = []{{$}}
# CHECK-NEXT:  {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v0 = next(_it0, _s0){{$}}
# CHECK-NEXT:  {{^}}        if _v0 is _s0:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        x = _v0{{$}}
# CHECK-NEXT:  {{^}}        x = x * 10{{$}}
# CHECK-NEXT:  {{^}}        xs = [0]{{$}}
def walk(xs):
    seen = []
    for x in xs:
        x = x * 10
        xs = [0]
        seen += [x]
    return (seen, x, xs)

def main():
    print(walk([1, 2, 3]))
    print(walk((4,)))

main()

# RUN-OUT:      {{^}}([10, 20, 30], 30, [0]){{$}}
# RUN-OUT-NEXT: {{^}}([40], 40, [0]){{$}}
