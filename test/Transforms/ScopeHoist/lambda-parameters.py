# A lambda is a def. Without default values it is a def just before its statement; with them it
# is a call of a factory def made just before its statement, so that the defaults are evaluated
# where the lambda stands (positional ones, then keyword-only ones) each time it runs, and each
# run makes a new function. Keyword-only parameters, *args and **kwargs bind as a def's do. The
# printed def is given the `__name__` and `__qualname__` CPython gives the lambda.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def f(k):
# CHECK:       {{^}}    def [[L0:_lambda[0-9]+]](a, *rest, key, **kw):{{$}}
# CHECK-NEXT:  {{^}}        return (a, rest, key, kw){{$}}
# CHECK-NEXT:  {{^}}    [[L0]].__name__ = '<lambda>'{{$}}
# CHECK-NEXT:  {{^}}    [[L0]].__qualname__ = 'f.<locals>.<lambda>'{{$}}
# CHECK-NEXT:  {{^}}    plain = [[L0]]{{$}}
# CHECK-NEXT:  {{^}}    def [[MK:_lambda_mk[0-9]+]]([[D0:_default[0-9]+]], [[D1:_default[0-9]+]]):{{$}}
# CHECK-NEXT:  {{^}}        [[L1:_lambda[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}        def [[L1]](x, y=[[D0]], *, z=[[D1]]):{{$}}
# CHECK-NEXT:  {{^}}            return (x, y, z){{$}}
# CHECK-NEXT:  {{^}}        [[L1]].__name__ = '<lambda>'{{$}}
# CHECK-NEXT:  {{^}}        [[L1]].__qualname__ = 'f.<locals>.<lambda>'{{$}}
# CHECK-NEXT:  {{^}}        return [[L1]]{{$}}
# CHECK-NEXT:  {{^}}    made = (note(1), [[MK]](note(2), note(3)), note(4)){{$}}
log = []

def note(v):
    log.append(v)
    return v

def f(k):
    plain = lambda a, *rest, key, **kw: (a, rest, key, kw)
    made = (note(1), lambda x, y=note(2), *, z=note(3): (x, y, z), note(4))
    return plain(1, 2, key=k, other=3), made[1](0), made[1](0, z=k), log

print(f(5))
