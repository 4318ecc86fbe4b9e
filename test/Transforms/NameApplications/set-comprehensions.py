# A set comprehension becomes `_t = set()` and loops that `add` each element (CPython's SET_ADD
# into a new set, so the table is built in the same order); its variables are renamed `_cN` and
# its first iterable is evaluated before the set exists. With a lambda inside it becomes CPython's
# own function, `_setcompN`, named `<setcomp>`. The printed program behaves as the original.
# RUN: pyctl -passes=anf %s | FileCheck %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=scope-hoist %s | FileCheck --check-prefix=PRINT %s

# PRINT: evens = {x for x in xs if x % 2 == 0}
# PRINT: pairs = {(a, b) for a in xs for b in xs if a < b}
# CHECK-LABEL: def sets(xs):
# CHECK:       [[T:_t[0-9]+]] = set()
# CHECK:       while True:
# CHECK:           [[C:_c[0-9]+]] = _v{{[0-9]+}}
# CHECK-NEXT:      if [[C]] % 2 == 0:
# CHECK-NEXT:          [[T]].add([[C]])
# CHECK:       x = 'mine'
def sets(xs):
    evens = {x for x in xs if x % 2 == 0}
    pairs = {(a, b) for a in xs for b in xs if a < b}
    x = 'mine'
    return sorted(evens), sorted(pairs), x

# CHECK-LABEL: def made(xs):
# CHECK:       def [[F:_setcomp[0-9]+]]([[P:_comparg[0-9]+]]):
# CHECK:           [[R:_result[0-9]+]] = set()
# CHECK:           _lambda{{[0-9]+}}.__qualname__ = 'made.<locals>.<setcomp>.<lambda>'
# CHECK:           .add(
# CHECK:       _t{{[0-9]+}} = [[F]](xs)
def made(xs):
    return sorted({(lambda: x * 3)() for x in xs})

def fails(xs):
    try:
        return {x for x in len(xs)}
    except TypeError as e:
        return str(e)

print(sets([3, -1, 4, 1, 5, 9, 2, 6]), sets([]))
print(made([1, 2, 3, 2]), made([]), fails([1]))
