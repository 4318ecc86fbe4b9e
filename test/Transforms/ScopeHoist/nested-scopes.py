# Every function declares its own locals (parameters excluded) at its top: tuple targets,
# augmented targets, loop-bound names and nested defs; a nested def declares its own.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def outer(n):
# CHECK-NEXT:  {{^}}    inner: object{{$}}
# CHECK-NEXT:  {{^}}    a: object{{$}}
# CHECK-NEXT:  {{^}}    b: object{{$}}
# CHECK-NEXT:  {{^}}    steps: object{{$}}
# CHECK-NEXT:  {{^}}    last: object{{$}}
# CHECK-NEXT:  {{^}}    def inner(k):{{$}}
# CHECK-NEXT:  {{^}}        total: object{{$}}
# CHECK-NEXT:  {{^}}        total = k * 10{{$}}
# CHECK-NEXT:  {{^}}        return total + 1{{$}}
# CHECK-NEXT:  {{^}}    (a, b) = (inner(n), n){{$}}
# CHECK-NEXT:  {{^}}    steps = 0{{$}}
# CHECK-NEXT:  {{^}}    while b > 0:{{$}}
# CHECK-NEXT:  {{^}}        b -= 1{{$}}
# CHECK-NEXT:  {{^}}        steps += 1{{$}}
# CHECK-NEXT:  {{^}}        last = b{{$}}
# CHECK-NEXT:  {{^}}    return (a, steps, last){{$}}
# CHECK-LABEL: {{^}}def main():
# CHECK-NEXT:  {{^}}    print(outer(2)){{$}}
def outer(n):
    def inner(k):
        total = k * 10
        return total + 1
    a, b = inner(n), n
    steps = 0
    while b > 0:
        b -= 1
        steps += 1
        last = b
    return (a, steps, last)

def main():
    print(outer(2))

main()

# RUN-OUT: {{^}}(21, 2, 0){{$}}
