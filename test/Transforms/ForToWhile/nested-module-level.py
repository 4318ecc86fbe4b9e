# Loops at module level, nested loops, tuple targets, and iteration over str and tuple values.
# Each loop gets its own temporaries, declared at the top of the module.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK:      {{^}}_it0: object{{$}}
# CHECK-NEXT: {{^}}_s0: object{{$}}
# CHECK-NEXT: {{^}}_v0: object{{$}}
# CHECK-NEXT: {{^}}_it1: object{{$}}
# CHECK-NEXT: {{^}}_s1: object{{$}}
# CHECK-NEXT: {{^}}_v1: object{{$}}
# CHECK-NEXT: {{^}}pairs = [(1, 'ab'), (2, 'c')]{{$}}
# CHECK-NEXT: {{^}}_it0 = iter(pairs){{$}}
# CHECK-NEXT: {{^}}_s0 = []{{$}}
# CHECK-NEXT: {{^}}while True:{{$}}
# CHECK-NEXT: {{^}}    _v0 = next(_it0, _s0){{$}}
# CHECK-NEXT: {{^}}    if _v0 is _s0:{{$}}
# CHECK-NEXT: {{^}}        break{{$}}
# CHECK-NEXT: {{^}}    (n, s) = _v0{{$}}
# CHECK-NEXT: {{^}}    _it1 = iter(s + '!'){{$}}
# CHECK-NEXT: {{^}}    _s1 = []{{$}}
# CHECK-NEXT: {{^}}    while True:{{$}}
# CHECK-NEXT: {{^}}        _v1 = next(_it1, _s1){{$}}
# CHECK-NEXT: {{^}}        if _v1 is _s1:{{$}}
# CHECK-NEXT: {{^}}            break{{$}}
# CHECK-NEXT: {{^}}        ch = _v1{{$}}
# CHECK-NEXT: {{^}}        print(n, ch){{$}}
# CHECK-NEXT: {{^}}print(n, s, ch){{$}}
pairs = [(1, "ab"), (2, "c")]
for n, s in pairs:
    for ch in s + "!":
        print(n, ch)
print(n, s, ch)

# RUN-OUT:      {{^}}1 a{{$}}
# RUN-OUT-NEXT: {{^}}1 b{{$}}
# RUN-OUT-NEXT: {{^}}1 !{{$}}
# RUN-OUT-NEXT: {{^}}2 c{{$}}
# RUN-OUT-NEXT: {{^}}2 !{{$}}
# RUN-OUT-NEXT: {{^}}2 c !{{$}}
