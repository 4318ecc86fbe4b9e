# A lambda's def is named `_lambdaN`; the printed program sets the function's `__name__` and
# `__qualname__` to CPython's (`<lambda>`, `f.<locals>.<lambda>`) right after the def, so the
# printed normal form shows CPython's call errors and reprs.
# RUN: pyctl -passes=anf %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK:      {{^}}def [[TOP:_lambda[0-9]+]](x):{{$}}
# CHECK-NEXT: {{^}}    return x{{$}}
# CHECK-NEXT: {{^}}[[TOP]].__name__ = '<lambda>'{{$}}
# CHECK-NEXT: {{^}}[[TOP]].__qualname__ = '<lambda>'{{$}}
# CHECK-LABEL: {{^}}def café(v):
# CHECK:      {{^}}    def [[L:_lambda[0-9]+]](w):{{$}}
# CHECK-NEXT: {{^}}        return (v, w){{$}}
# CHECK-NEXT: {{^}}    [[L]].__name__ = '<lambda>'{{$}}
# CHECK-NEXT: {{^}}    [[L]].__qualname__ = 'café.<locals>.<lambda>'{{$}}
top = lambda x: x

def café(v):
    return lambda w: (v, w)

def f(n):
    g = lambda a, *, k=n: (a, k)
    for call in (lambda: top(), lambda: café(n)(), lambda: g(1, 2), lambda: g(k=1)):
        try:
            call()
        except TypeError as e:
            print(e)
    for fn in (top, café(n), g, lambda: 0):
        print(repr(fn).split(' at ')[0])

f(3)
