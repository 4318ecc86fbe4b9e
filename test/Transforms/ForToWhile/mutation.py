# Changing the list while iterating over it behaves as in CPython: the loop sees items appended
# during the iteration and values stored into positions not yet reached.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def grow(xs):
# CHECK:       {{^}}    _it0 = iter(xs){{$}}
# CHECK-NEXT:  {{^}}    _s0 = []{{$}}
# CHECK-NEXT:  {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v0 = next(_it0, _s0){{$}}
def grow(xs):
    count = 0
    for x in xs:
        if x < 3:
            xs += [x + 10]
        count += 1
    return (count, xs)

def overwrite(xs):
    seen = []
    i = 0
    for x in xs:
        if i + 1 < len(xs):
            xs[i + 1] = x * 2
        seen += [x]
        i += 1
    return seen

def main():
    print(grow([1, 2, 5]))
    print(overwrite([1, 5, 5, 5]))

main()

# RUN-OUT:      {{^}}(5, [1, 2, 5, 11, 12]){{$}}
# RUN-OUT-NEXT: {{^}}[1, 2, 4, 8]{{$}}
