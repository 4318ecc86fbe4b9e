# A chained assignment evaluates its value once into a fresh temporary, then stores it in the
# targets left to right, each target's subscript evaluated just before its store, as CPython does
# (`i = xs[i] = 1` indexes with the new i). The temporary is a local like any other.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def f(xs):
# CHECK:       {{^}}    [[T:_chain[0-9]+]]: object{{$}}
# CHECK:       {{^}}    i = 0{{$}}
# CHECK-NEXT:  {{^}}    [[T]] = 1{{$}}
# CHECK-NEXT:  {{^}}    i = [[T]]{{$}}
# CHECK-NEXT:  {{^}}    xs[i] = [[T]]{{$}}
# CHECK-NEXT:  {{^}}    [[U:_chain[0-9]+]] = (i, xs){{$}}
# CHECK-NEXT:  {{^}}    (a, b) = [[U]]{{$}}
# CHECK-NEXT:  {{^}}    c = [[U]]{{$}}
# CHECK-NEXT:  {{^}}    d = [[U]]{{$}}
# CHECK:       {{^}}[[M:_chain[02-9]]] = 5{{$}}
# CHECK-NEXT:  {{^}}g = [[M]]{{$}}
# CHECK-NEXT:  {{^}}h = [[M]]{{$}}
# CHECK-NEXT:  {{^}}_chain1 = 'mine'{{$}}
def f(xs):
    i = 0
    i = xs[i] = 1
    a, b = c = d = (i, xs)
    return a, b, c is d, xs

# A name the program spells is never taken for a temporary.
g = h = 5
_chain1 = 'mine'
print(f([7, 8]), g, h, _chain1)
