# Module-level names are declared at the top of the module, in order of first binding. A module
# name bound on a path not taken still raises NameError when read.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: not %python -u %s 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && not %python -u %t.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && not %python -u %t.anf.py 2>&1 | FileCheck --check-prefix=RUN-OUT %s

# CHECK:      {{^}}limit: object{{$}}
# CHECK-NEXT: {{^}}big: object{{$}}
# CHECK-NEXT: {{^}}small: object{{$}}
# CHECK-NEXT: {{^}}describe: object{{$}}
# CHECK-NEXT: {{^}}limit = 3{{$}}
# CHECK-NEXT: {{^}}if limit > 5:{{$}}
# CHECK-NEXT: {{^}}    big = True{{$}}
# CHECK-NEXT: {{^}}else:{{$}}
# CHECK-NEXT: {{^}}    small = True{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^}}def describe(n):{{$}}
# CHECK-NEXT: {{^}}    return str(n) + '!'{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^}}print(describe(limit), small){{$}}
# CHECK-NEXT: {{^}}print(big){{$}}
limit = 3
if limit > 5:
    big = True
else:
    small = True

def describe(n):
    return str(n) + "!"

print(describe(limit), small)
print(big)

# RUN-OUT: {{^}}3! True{{$}}
# RUN-OUT: NameError: name 'big' is not defined
