# In a module that may map a user function (a map or filter whose function is neither None nor a
# builtin's name), every builtin or method call that may pull items from an iterator (list, sum,
# sorted, any, next, str.join, list.extend, a `*iterable` argument, ...) is a statement of its
# own, as a callback call is, so the tracers can record the mapped function's calls in its node.
# map, filter, zip, enumerate, iter and len pull nothing and stay where they are.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def inc(x):
    print("inc", x)
    return x + 1

# CHECK-LABEL: {{^}}def main(xs):
# CHECK:       {{^}}    m = map(inc, xs){{$}}
# CHECK:       {{^}}    [[L:_t[0-9]+]] = list(m){{$}}
# CHECK-NEXT:  {{^}}    [[N:_t[0-9]+]] = len([[L]]){{$}}
# CHECK-NEXT:  {{^}}    [[S:_t[0-9]+]] = sum(map(_lambda0, xs)){{$}}
# CHECK-NEXT:  {{^}}    a = [[N]] + [[S]]{{$}}
# CHECK-NEXT:  {{^}}    [[J:_t[0-9]+]] = ','.join(map(str, filter(inc, xs))){{$}}
# CHECK-NEXT:  {{^}}    if [[J]]:{{$}}
# CHECK:       {{^}}    print(*map(inc, xs)){{$}}
# CHECK-NEXT:  {{^}}    [[A:_t[0-9]+]] = a{{$}}
# CHECK-NEXT:  {{^}}    [[X:_t[0-9]+]] = next(iter(zip(xs, map(inc, xs))), None){{$}}
# CHECK-NEXT:  {{^}}    return {{\[}}[[A]], [[X]]]{{$}}
def main(xs):
    m = map(inc, xs)
    a = len(list(m)) + sum(map(lambda x: x * 2, xs))
    if ",".join(map(str, filter(inc, xs))):
        print("joined")
    print(*map(inc, xs))
    return [a, next(iter(zip(xs, map(inc, xs))), None)]

print(main([1, 2]))
# RUN-OUT:      inc 1
# RUN-OUT-NEXT: inc 2
# RUN-OUT-NEXT: inc 1
# RUN-OUT-NEXT: inc 2
# RUN-OUT-NEXT: joined
# RUN-OUT-NEXT: inc 1
# RUN-OUT-NEXT: inc 2
# RUN-OUT-NEXT: 2 3
# RUN-OUT-NEXT: inc 1
# RUN-OUT-NEXT: [8, (1, 2)]

# A module whose maps and filters call only builtins (or None) keeps its builtin calls nested.
# RUN: pyctl -passes=name-applications %S/Inputs/pulling-points-builtin.py | FileCheck --check-prefix=BUILTIN %s
# BUILTIN: {{^}}    return len(list(map(str, xs))) + sum(filter(None, xs)){{$}}
