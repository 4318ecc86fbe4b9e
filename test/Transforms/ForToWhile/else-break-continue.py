# `else` runs only when the loop ends without `break`; `continue` goes to the next item.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def find(xs, target):
# CHECK-NEXT:  {{^}}    _it0: object{{$}}
# CHECK-NEXT:  {{^}}    _s0: object{{$}}
# CHECK-NEXT:  {{^}}    _v0: object{{$}}
# CHECK-NEXT:  {{^}}    _it0 = iter(range(len(xs))){{$}}
# CHECK-NEXT:  {{^}}    _s0 = []{{$}}
# CHECK-NEXT:  {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v0 = next(_it0, _s0){{$}}
# CHECK-NEXT:  {{^}}        if _v0 is _s0:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        i = _v0{{$}}
# CHECK-NEXT:  {{^}}        if xs[i] == target:{{$}}
# CHECK-NEXT:  {{^}}            print('found at', i){{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}    if _v0 is _s0:{{$}}
# CHECK-NEXT:  {{^}}        print('not found'){{$}}
# CHECK-NEXT:  {{^}}        i = -1{{$}}
# CHECK-NEXT:  {{^}}    return i{{$}}
def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            print("found at", i)
            break
    else:
        print("not found")
        i = -1
    return i

# CHECK-LABEL: {{^}}def odds(n):
# CHECK:       {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v1 = next(_it1, _s1){{$}}
# CHECK-NEXT:  {{^}}        if _v1 is _s1:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        k = _v1{{$}}
# CHECK-NEXT:  {{^}}        if k % 2 == 0:{{$}}
# CHECK-NEXT:  {{^}}            continue{{$}}
# CHECK-NEXT:  {{^}}        out += [k]{{$}}
# CHECK-NEXT:  {{^}}    if _v1 is _s1:{{$}}
# CHECK-NEXT:  {{^}}        out += ['done']{{$}}
def odds(n):
    out = []
    for k in range(n):
        if k % 2 == 0:
            continue
        out += [k]
    else:
        out += ["done"]
    return out

def main():
    print(find([4, 5, 6], 5))
    print(find([4, 5, 6], 7))
    print(find([], 7))
    print(odds(6))
    print(odds(0))

main()

# RUN-OUT:      {{^}}found at 1{{$}}
# RUN-OUT-NEXT: {{^}}1{{$}}
# RUN-OUT-NEXT: {{^}}not found{{$}}
# RUN-OUT-NEXT: {{^}}-1{{$}}
# RUN-OUT-NEXT: {{^}}not found{{$}}
# RUN-OUT-NEXT: {{^}}-1{{$}}
# RUN-OUT-NEXT: {{^}}[1, 3, 5, 'done']{{$}}
# RUN-OUT-NEXT: {{^}}['done']{{$}}
