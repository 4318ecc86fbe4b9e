# Comprehensions become loops appending to a temporary; their variables are renamed (`_cN`), so
# they stay local to the comprehension as in Python 3, and the first iterable is evaluated before
# the result list exists. The printed program still behaves as the original under CPython.
# RUN: pyctl -passes=anf %s | FileCheck %s
# RUN: pyctl -passes=anf %s -o %t.py
# RUN: %python %s > %t.expected
# RUN: %python %t.py | diff %t.expected -

# CHECK-LABEL: def pairs(xs):
# CHECK:       _t{{[0-9]+}} = []
# CHECK:       _it{{[0-9]+}} = iter(_t{{[0-9]+}})
# CHECK:       while True:
# CHECK-NEXT:      [[V:_v[0-9]+]] = next(_it{{[0-9]+}}, _s{{[0-9]+}})
# CHECK-NEXT:      if [[V]] is _s{{[0-9]+}}:
# CHECK-NEXT:          break
# CHECK-NEXT:      [[C:_c[0-9]+]] = [[V]]
# CHECK:           if [[C]] > 0:
# CHECK-NEXT:          _t{{[0-9]+}}.append([[C]] * 2)
# CHECK:       x = 'mine'

def pairs(xs):
    doubled = [x * 2 for x in xs if x > 0]
    x = 'mine'
    grid = {(i, j): i * j for i in range(3) for j in range(i)}
    return doubled, x, grid

print(pairs([3, -1, 4]))
print(pairs([]))
