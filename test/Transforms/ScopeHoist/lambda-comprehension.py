# A comprehension holding a lambda (outside its first iterable) is a function of its own, as in
# CPython 3.11: its variables are that function's locals, so lambdas capture them by reference and
# each run has fresh ones; the first iterable is its argument, evaluated in the enclosing scope; the
# lambda's def is made in the loop body, once per item. Other comprehensions stay expressions.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def f(xs):
# CHECK:       {{^}}    def [[LC:_listcomp[0-9]+]]([[ARG:_comparg[0-9]+]]):{{$}}
# CHECK-NEXT:  {{^}}        [[RES:_result[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}        i: object{{$}}
# CHECK-NEXT:  {{^}}        [[L:_lambda[0-9]+]]: object{{$}}
# CHECK-NEXT:  {{^}}        [[RES]] = []{{$}}
# CHECK-NEXT:  {{^}}        for i in [[ARG]]:{{$}}
# CHECK-NEXT:  {{^}}            if i != 1:{{$}}
# CHECK-NEXT:  {{^}}                def [[L]]():{{$}}
# CHECK-NEXT:  {{^}}                    return i{{$}}
# CHECK-NEXT:  {{^}}                [[L]].__name__ = '<lambda>'{{$}}
# CHECK-NEXT:  {{^}}                [[L]].__qualname__ = 'f.<locals>.<listcomp>.<lambda>'{{$}}
# CHECK-NEXT:  {{^}}                [[RES]].append([[L]]){{$}}
# CHECK-NEXT:  {{^}}        return [[RES]]{{$}}
# CHECK-NEXT:  {{^}}    fs = [[LC]](range(3)){{$}}
# CHECK:       {{^}}        for (k, v) in
# CHECK:       {{^}}                [[KEY:_key[0-9]+]] = k{{$}}
# CHECK:       {{^}}                [[RES2:_result[0-9]+]]{{\[}}[[KEY]]] = {{_lambda[0-9]+}}{{$}}
# CHECK:       {{^}}    plain = [x * 2 for x in xs]{{$}}
def f(xs):
    fs = [lambda: i for i in range(3) if i != 1]
    d = {k: lambda: k * v for k, v in zip(xs, xs) for _ in range(k)}
    plain = [x * 2 for x in xs]
    return [g() for g in fs], {k: g() for k, g in d.items()}, plain

print(f([1, 2, 3]))
print(f([]))
