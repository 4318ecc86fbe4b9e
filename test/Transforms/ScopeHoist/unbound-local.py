# A local bound on one path only: hoisting declares it (`value: object`, which binds nothing), so
# reading it on the other path still raises UnboundLocalError, as in CPython.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: not %python -u %s 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && not %python -u %t.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && not %python -u %t.anf.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def pick(flag):
# CHECK-NEXT:  {{^}}    value: object{{$}}
# CHECK-NEXT:  {{^}}    if flag:{{$}}
# CHECK-NEXT:  {{^}}        value = 1{{$}}
# CHECK-NEXT:  {{^}}    return value{{$}}
def pick(flag):
    if flag:
        value = 1
    return value

print(pick(True))
print(pick(False))

# RUN-OUT:      {{^}}1{{$}}
# RUN-OUT-NOT:  {{^}}None
# RUN-OUT:      UnboundLocalError: {{.*}}'value'
