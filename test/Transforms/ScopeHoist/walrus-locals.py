# An assignment expression binds its target in the function (also from inside a comprehension, PEP
# 572), so scope-hoist declares it at the top like any local: a read before the walrus runs raises
# UnboundLocalError, not the module's value. A `global` target is not declared.
# RUN: pyctl -passes=scope-hoist %s | FileCheck %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

y = "module"
total = 0

# CHECK-LABEL: def shadowed(xs):
# CHECK-NEXT:      e: object
# CHECK-NEXT:      y: object
# CHECK-NEXT:      try:
def shadowed(xs):
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return [(y := x) for x in xs], y

# CHECK-LABEL: def accumulate(xs):
# CHECK-NEXT:      global total
# CHECK-NEXT:      return
def accumulate(xs):
    global total
    return [(total := total + x) for x in xs]

print(shadowed([1, 2]), accumulate([1, 2, 3]), accumulate([10]), total)
