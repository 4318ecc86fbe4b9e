# A comprehension is a function of its own in CPython 3.11. One that reads a local of the
# enclosing function that may be unassigned there (CPython raises NameError for the free
# variable), or one of its own variables before the clause that binds it (UnboundLocalError, or
# NameError from a comprehension nested in it), becomes such a function in pyctl too: a def just
# before its statement, called with the first iterable. Comprehensions that read only surely
# assigned locals stay expressions (name-applications lowers them to loops).
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def f(xs, flag):
# CHECK:       {{^}}    if flag:{{$}}
# CHECK-NEXT:  {{^}}        k = 1{{$}}
# CHECK-NEXT:  {{^}}    def [[LC:_listcomp[0-9]+]]([[ARG:_comparg[0-9]+]]):{{$}}
# CHECK-NEXT:  {{^}}        return [x + k for x in [[ARG]]]{{$}}
# CHECK-NEXT:  {{^}}    r = [[LC]](xs){{$}}
# CHECK-NEXT:  {{^}}    sure = [x + r[0] for x in xs]{{$}}
# CHECK-NEXT:  {{^}}    def [[DC:_dictcomp[0-9]+]]([[ARG2:_comparg[0-9]+]]):{{$}}
# CHECK-NEXT:  {{^}}        return {x: [y for y in xs if y != k] for x in [[ARG2]]}{{$}}
# CHECK-NEXT:  {{^}}    d = [[DC]]([x for x in xs]){{$}}
# CHECK-LABEL: {{^}}def early(xs):
# CHECK:       {{^}}    def [[E:_listcomp[0-9]+]]([[ARG3:_comparg[0-9]+]]):{{$}}
# CHECK:       {{^}}        for x in [[ARG3]]:{{$}}
# CHECK-NEXT:  {{^}}            if y:{{$}}
# CHECK-NEXT:  {{^}}                for y in xs:{{$}}
# CHECK:       {{^}}    return [[E]](xs){{$}}
def f(xs, flag):
    if flag:
        k = 1
    r = [x + k for x in xs]
    sure = [x + r[0] for x in xs]
    d = {x: [y for y in xs if y != k] for x in [x for x in xs]}
    return r, sure, d

def early(xs):
    return [y for x in xs if y for y in xs]

print(f([1, 2], True))
for call in (lambda: f([1], False), lambda: f([], False), lambda: early([3]), lambda: early([])):
    try:
        print(call())
    except NameError as e:
        print(repr(e))
