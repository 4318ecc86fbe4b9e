# Issue 3's `global`, `nonlocal` and `del` under scope-hoist: a `global` name and a `nonlocal` one
# are not declared in the function (they belong to the module and to the enclosing function),
# while a name bound only by `del` is a local of its function (CPython raises UnboundLocalError
# on `del z` there, even though a module-level `z` exists). `del` of an item declares nothing.
# Default values stay in the `def` (evaluated once, when it runs). The hoisted program prints
# what CPython prints.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK:       {{^}}G: object{{$}}
# CHECK:       {{^}}z: object{{$}}
# CHECK-LABEL: {{^}}def uses_global():
# CHECK-NEXT:  {{^}}    global G{{$}}
# CHECK-NEXT:  {{^}}    G += 1{{$}}
G = 1
z = "module z"

def uses_global():
    global G
    G += 1
    return G

# CHECK-LABEL: {{^}}def outer():
# CHECK-NEXT:  {{^}}    n: object{{$}}
# CHECK-NEXT:  {{^}}    inner: object{{$}}
# CHECK:       {{^}}    def inner():
# CHECK-NEXT:  {{^}}        nonlocal n{{$}}
# CHECK-NEXT:  {{^}}        n += 1{{$}}
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    inner()
    return inner()

# CHECK-LABEL: {{^}}def deletes(flag):
# CHECK-NEXT:  {{^}}    x: object{{$}}
# CHECK-NEXT:  {{^}}    x = 1{{$}}
def deletes(flag):
    x = 1
    if flag:
        del x
    try:
        return x
    except UnboundLocalError:
        return "unbound"

# CHECK-LABEL: {{^}}def only_deleted():
# CHECK-NEXT:  {{^}}    z: object{{$}}
# CHECK-NEXT:  {{^}}    try:{{$}}
def only_deleted():
    try:
        del z
    except UnboundLocalError:
        return "z is local"
    return "deleted"

# CHECK-LABEL: {{^}}def deletes_item(d):
# CHECK-NEXT:  {{^}}    del d['a']{{$}}
def deletes_item(d):
    del d["a"]
    return d

# CHECK-LABEL: {{^}}def defaults(a, b=G * 10, *, c=[]):
# CHECK-NEXT:  {{^}}    c.append(a){{$}}
def defaults(a, b=G * 10, *, c=[]):
    c.append(a)
    return (a, b, len(c))

def main():
    print(uses_global(), uses_global(), G)
    print(outer())
    print(deletes(True), deletes(False))
    print(only_deleted(), z)
    print(deletes_item({"a": 1, "é": 2}))
    print(defaults(1), defaults(2, 3), defaults(-1, c=[]))

main()

# RUN-OUT:      {{^}}2 3 3{{$}}
# RUN-OUT-NEXT: {{^}}2{{$}}
# RUN-OUT-NEXT: {{^}}unbound 1{{$}}
# RUN-OUT-NEXT: {{^}}z is local module z{{$}}
# RUN-OUT-NEXT: {{^}}{'é': 2}{{$}}
# RUN-OUT-NEXT: {{^}}(1, 10, 1) (2, 3, 2) (-1, 10, 1){{$}}
