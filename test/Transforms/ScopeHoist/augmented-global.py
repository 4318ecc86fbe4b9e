# `count += 1` in a function makes `count` a local of it (CPython: UnboundLocalError, even though
# a global `count` exists). The hoisted declaration must keep it local.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: not %python -u %s 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && not %python -u %t.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && not %python -u %t.anf.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s

# CHECK:       {{^}}count: object{{$}}
# CHECK:       {{^}}def read():
# CHECK-NEXT:  {{^}}    return count + 1{{$}}
# CHECK-LABEL: {{^}}def bump():
# CHECK-NEXT:  {{^}}    count: object{{$}}
# CHECK-NEXT:  {{^}}    count += 1{{$}}
count = 10

def read():
    return count + 1

def bump():
    count += 1
    return count

print(read())
print(bump())

# RUN-OUT:     {{^}}11{{$}}
# RUN-OUT:     UnboundLocalError: {{.*}}'count'
