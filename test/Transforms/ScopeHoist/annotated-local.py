# A bare annotation `x: int` in a function evaluates nothing and binds nothing, but makes x a
# local of the function (CPython: UnboundLocalError on a read before an assignment, although a
# global x exists). scope-hoist declares it at the top; the annotation itself is kept.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: not %python -u %s 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && not %python -u %t.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && not %python -u %t.anf.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s

# CHECK:       {{^}}x: object{{$}}
# CHECK:       {{^}}x: int = 10{{$}}
# CHECK-LABEL: {{^}}def read(flag: bool) -> int:
# CHECK-NEXT:  {{^}}    x: object{{$}}
# CHECK-NEXT:  {{^}}    x: int{{$}}
# CHECK-NEXT:  {{^}}    if flag:
x: int = 10

def read(flag: bool) -> int:
    x: int
    if flag:
        x = 1
    return x

print(read(True))
print(read(False))

# RUN-OUT:     {{^}}1{{$}}
# RUN-OUT:     UnboundLocalError: {{.*}}'x'
