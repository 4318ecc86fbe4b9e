# `*` and `**` arguments next to arguments that call user functions keep CPython's order: a `*xs`
# is unpacked where it stands (saved as `[*xs]`), except a lone `*xs` (the call's only
# positional item), which CPython unpacks when the call is made, after the keywords: only its
# operand is saved. A user call in an argument after `**` is refused (tested in Diagnostics).
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

def take(*xs, **kw):
    return [xs, kw]

def pull(it):
    return next(it, "end")

# CHECK-LABEL: {{^}}def spread(it):
# CHECK:       {{^}}    [[S:_t[0-9]+]] = [*it]{{$}}
# CHECK-NEXT:  {{^}}    [[P:_t[0-9]+]] = pull(it){{$}}
# CHECK-NEXT:  {{^}}    {{.*}} = {{take|_t[0-9]+}}(0, *[[S]], k=[[P]]){{$}}
def spread(it):
    return take(0, *it, k=pull(it))

# CHECK-LABEL: {{^}}def lone(it):
# CHECK:       {{^}}    [[O:_t[0-9]+]] = it{{$}}
# CHECK-NEXT:  {{^}}    [[P:_t[0-9]+]] = pull(it){{$}}
# CHECK-NEXT:  {{^}}    {{.*}} = {{take|_t[0-9]+}}(*[[O]], k=[[P]]){{$}}
def lone(it):
    return take(*it, k=pull(it))

# CHECK-LABEL: {{^}}def splat(d):
# CHECK:       {{^}}    [[V:_t[0-9]+]] = pull(iter([1])){{$}}
# CHECK-NEXT:  {{^}}    {{.*}} = {{take|_t[0-9]+}}(k=[[V]], **d){{$}}
def splat(d):
    return take(k=pull(iter([1])), **d)

print(spread(iter([1, 2, 3])))
print(lone(iter([1, 2, 3])))
print(splat({"z": 2}))
print(take(*[1], **{"é": 1}))
