# A name an `except E as x` clause binds is never an int-typed local, even when every other
# assignment gives it an int: the handler binds it to the exception object. The range item stays
# an i64.
# RUN: printf '[2]\n[5]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.exe
# RUN: printf '[2]\n[5]\n[0]\n' | %t.exe | FileCheck %s
# OUT: {"repr": "1", "stdout": "", "json": 1}
# OUT-NEXT: {"repr": "'caught'", "stdout": "", "json": "caught"}
# RUST: let mut {{v[0-9]+}}_i_1: Option<i64>
# RUST-NOT: _x_1: Option<i64>
# CHECK: {"repr": "1", "stdout": "", "json": 1}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "0", "stdout": "", "json": 0}

def f(n):
    x = 0
    for i in range(n):
        x = x + i
    try:
        if n > 3:
            int("bad")
    except ValueError as x:
        return "caught"
    return x
