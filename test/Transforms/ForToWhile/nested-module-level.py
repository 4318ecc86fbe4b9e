# Loops at module level, nested loops, tuple targets, and iteration over str and tuple values.
# Each loop gets its own temporaries, declared at the top of the module.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK:      {{^}}_it0: object{{$}}
# CHECK-NEXT: {{^}}_i0: object{{$}}
# CHECK-NEXT: {{^}}_it1: object{{$}}
# CHECK-NEXT: {{^}}_i1: object{{$}}
# CHECK-NEXT: {{^}}pairs = [(1, 'ab'), (2, 'c')]{{$}}
# CHECK-NEXT: {{^}}_it0 = pairs{{$}}
# CHECK-NEXT: {{^}}_it0 = _it0 if isinstance(_it0, (list, tuple, str, range)) else list(_it0){{$}}
# CHECK-NEXT: {{^}}_i0 = 0{{$}}
# CHECK-NEXT: {{^}}while _i0 < len(_it0):{{$}}
# CHECK-NEXT: {{^}}    (n, s) = _it0[_i0]{{$}}
# CHECK-NEXT: {{^}}    _i0 += 1{{$}}
# CHECK-NEXT: {{^}}    _it1 = s + '!'{{$}}
# CHECK-NEXT: {{^}}    _it1 = _it1 if isinstance(_it1, (list, tuple, str, range)) else list(_it1){{$}}
# CHECK-NEXT: {{^}}    _i1 = 0{{$}}
# CHECK-NEXT: {{^}}    while _i1 < len(_it1):{{$}}
# CHECK-NEXT: {{^}}        ch = _it1[_i1]{{$}}
# CHECK-NEXT: {{^}}        _i1 += 1{{$}}
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
