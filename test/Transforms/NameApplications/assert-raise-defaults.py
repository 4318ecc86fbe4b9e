# Issue 3's assert, raise, default values and keyword arguments under name-applications: the
# message of `assert c, f(m)` is computed only when the condition fails; the arguments of
# `raise E(f(a), f(b))` are computed left to right before the raise; a call in a default value is
# lifted to where the `def` runs (evaluated once); keyword arguments are evaluated in source order,
# whatever the parameter order. The normalised program prints what CPython prints.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def f(x):
    print("f", x)
    return x

# CHECK-LABEL: {{^}}def check(x):
# CHECK:       {{^}}    [[C:_t[0-9]+]] = f(x){{$}}
# CHECK-NEXT:  {{^}}    if not [[C]] > 0:{{$}}
# CHECK-NEXT:  {{^}}        [[M:_t[0-9]+]] = f('message %d' % x){{$}}
# CHECK-NEXT:  {{^}}        raise AssertionError([[M]]){{$}}
# CHECK-NEXT:  {{^}}    return x{{$}}
def check(x):
    assert f(x) > 0, f("message %d" % x)
    return x

# CHECK-LABEL: {{^}}def fail(x):
# CHECK:       {{^}}    if x < 0:{{$}}
# CHECK-NEXT:  {{^}}        [[A:_t[0-9]+]] = f('neg'){{$}}
# CHECK-NEXT:  {{^}}        [[B:_t[0-9]+]] = f(x){{$}}
# CHECK-NEXT:  {{^}}        raise ValueError([[A]], [[B]]){{$}}
def fail(x):
    if x < 0:
        raise ValueError(f("neg"), f(x))
    return x

# CHECK:       {{^}}[[DA:_t[0-9]+]] = f('default a'){{$}}
# CHECK-NEXT:  {{^}}[[DB:_t[0-9]+]] = f('default b'){{$}}
# CHECK-EMPTY:
# CHECK-NEXT:  {{^}}def make(a=[[DA]], *, b=[[DB]]):{{$}}
def make(a=f("default a"), *, b=f("default b")):
    return (a, b)

def kw(a, b):
    return a - b

# CHECK-LABEL: {{^}}def order(x):
# CHECK:       {{^}}    [[K:_t[0-9]+]] = kw{{$}}
# CHECK-NEXT:  {{^}}    [[BV:_t[0-9]+]] = f(x){{$}}
# CHECK-NEXT:  {{^}}    [[AV:_t[0-9]+]] = f(-x){{$}}
# CHECK-NEXT:  {{^}}    {{_t[0-9]+}} = [[K]](b=[[BV]], a=[[AV]]){{$}}
def order(x):
    return kw(b=f(x), a=f(-x))

def main():
    print(check(3))
    try:
        check(-2)
    except AssertionError as e:
        print("assert", e.args)
    try:
        fail(-1)
    except ValueError as e:
        print("raise", e.args)
    print(fail(0))
    print(make(), make(1), make(b="é"))
    print(order(5))

main()

# RUN-OUT:      {{^}}f default a{{$}}
# RUN-OUT-NEXT: {{^}}f default b{{$}}
# RUN-OUT-NEXT: {{^}}f 3{{$}}
# RUN-OUT-NEXT: {{^}}3{{$}}
# RUN-OUT-NEXT: {{^}}f -2{{$}}
# RUN-OUT-NEXT: {{^}}f message -2{{$}}
# RUN-OUT-NEXT: {{^}}assert ('message -2',){{$}}
# RUN-OUT-NEXT: {{^}}f neg{{$}}
# RUN-OUT-NEXT: {{^}}f -1{{$}}
# RUN-OUT-NEXT: {{^}}raise ('neg', -1){{$}}
# RUN-OUT-NEXT: {{^}}0{{$}}
# RUN-OUT-NEXT: {{^}}('default a', 'default b') (1, 'default b') ('default a', 'é'){{$}}
# RUN-OUT-NEXT: {{^}}f 5{{$}}
# RUN-OUT-NEXT: {{^}}f -5{{$}}
# RUN-OUT-NEXT: {{^}}-10{{$}}
