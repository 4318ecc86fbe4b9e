# An assignment expression `(y := v)` becomes `_t = v; y = _t` where it stands, its value the
# temporary (a literal or a temporary of the pass stands for itself), so `(t := 1) + (t := 2)` is
# still 3 and `t + (t := 2)` still reads the old t first. Under `and`/`or` and in a conditional
# expression it runs only when reached; in a `while` condition it runs each time the condition
# does; in a comprehension it binds the function's variable. The printed program behaves as the
# original under CPython.
# RUN: pyctl -passes=anf %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=name-applications %s -o %t.na.py && %python %t.na.py | diff %t.expected -
# RUN: pyctl -passes=scope-hoist %s | FileCheck --check-prefix=HOIST %s
# RUN: pyctl -passes=scope-hoist %s -o %t.sh.py && %python %t.sh.py | diff %t.expected -

def f(x):
    print("f", x)
    return x

# CHECK-LABEL: {{^}}def operands(a):
# CHECK:       {{^}}    [[C:_t[0-9]+]] = f(a){{$}}
# CHECK-NEXT:  {{^}}    t = [[C]]{{$}}
# CHECK-NEXT:  {{^}}    y = [[C]] + t{{$}}
# CHECK-NEXT:  {{^}}    t = 1{{$}}
# CHECK-NEXT:  {{^}}    t = 2{{$}}
# CHECK-NEXT:  {{^}}    u = 1 + 2{{$}}
# CHECK-NEXT:  {{^}}    [[OLD:_t[0-9]+]] = t{{$}}
# CHECK-NEXT:  {{^}}    t = 10{{$}}
# CHECK-NEXT:  {{^}}    v = [[OLD]] + 10{{$}}
def operands(a):
    y = (t := f(a)) + t
    u = (t := 1) + (t := 2)
    v = t + (t := 10)
    return [y, u, v, t]

# HOIST-LABEL: {{^}}def guarded(a, b):
# HOIST-NEXT:  {{^}}    y: object{{$}}
# HOIST-NEXT:  {{^}}    r: object{{$}}
# HOIST-NEXT:  {{^}}    r = a and (y := f(b)){{$}}
# CHECK-LABEL: {{^}}def guarded(a, b):
# CHECK:       {{^}}    [[T:_t[0-9]+]] = a{{$}}
# CHECK-NEXT:  {{^}}    if [[T]]:{{$}}
# CHECK-NEXT:  {{^}}        [[C:_t[0-9]+]] = f(b){{$}}
# CHECK-NEXT:  {{^}}        y = [[C]]{{$}}
# CHECK-NEXT:  {{^}}        [[T]] = [[C]]{{$}}
# CHECK-NEXT:  {{^}}    r = [[T]]{{$}}
def guarded(a, b):
    r = a and (y := f(b))
    try:
        return [r, y]
    except UnboundLocalError:
        return [r, "y unbound"]

# CHECK-LABEL: {{^}}def drain(xs):
# CHECK:       {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        [[C:_t[0-9]+]] = next(it, None){{$}}
# CHECK-NEXT:  {{^}}        chunk = [[C]]{{$}}
# CHECK-NEXT:  {{^}}        if not [[C]] is not None:{{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
def drain(xs):
    it = iter(xs)
    out = []
    while (chunk := next(it, None)) is not None:
        out.append(chunk)
    return [out, chunk]

# CHECK-LABEL: {{^}}def branches(s):
# CHECK:       {{^}}    [[M:_t[0-9]+]] = s.find('-'){{$}}
# CHECK-NEXT:  {{^}}    m = [[M]]{{$}}
# CHECK-NEXT:  {{^}}    if [[M]] > 0:{{$}}
# CHECK:       {{^}}    else:{{$}}
# CHECK-NEXT:  {{^}}        [[N:_t[0-9]+]] = len(s){{$}}
# CHECK-NEXT:  {{^}}        n = [[N]]{{$}}
# CHECK-NEXT:  {{^}}        if [[N]] > 3:{{$}}
def branches(s):
    if (m := s.find("-")) > 0:
        return ["dash", m]
    elif (n := len(s)) > 3:
        return ["long", n]
    return ["short", n, m]

# The comprehension's walrus binds the function's `y` (no `_c` renaming), seen after the loop.
# CHECK-LABEL: {{^}}def comp(xs):
# CHECK:       {{^}}        [[Y:_t[0-9]+]] = [[X:_c[0-9]+]] * 2{{$}}
# CHECK-NEXT:  {{^}}        y = [[Y]]{{$}}
# CHECK-NEXT:  {{^}}        if [[Y]] > 2:{{$}}
# CHECK-NEXT:  {{^}}            _t{{[0-9]+}}.append(y){{$}}
def comp(xs):
    vals = [y for x in xs if (y := x * 2) > 2]
    total = 0
    sums = [(total := total + x) for x in xs]
    return [vals, y if xs else None, sums, total]

print(operands(3), operands("é"))
print(guarded(1, 2), guarded(0, 2), guarded("", 2))
print(drain([1, 0, "", 2]), drain([]))
print(branches("ab-c"), branches("hello"), branches(""))
print(comp([1, 2, 3]), comp([]))
