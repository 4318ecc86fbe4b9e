# A builtin that may call back a user function (sorted/min/max/.sort with a key= that is not a
# builtin's name) becomes a statement of its own, like a user call, after its operands; keyword
# arguments of user calls are evaluated after the positional ones, left to right.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def say(x):
    print("say", x)
    return x

def neg(x):
    print("key", x)
    return -x

def pair(a, *, b):
    return [a, b]

# CHECK-LABEL: {{^}}def main():
# CHECK:       {{^}}    [[F:_t[0-9]+]] = pair{{$}}
# CHECK-NEXT:  {{^}}    [[A:_t[0-9]+]] = say(1){{$}}
# CHECK-NEXT:  {{^}}    [[B:_t[0-9]+]] = say(2){{$}}
# CHECK-NEXT:  {{^}}    [[P:_t[0-9]+]] = [[F]]([[A]], b=[[B]]){{$}}
# CHECK-NEXT:  {{^}}    [[S:_t[0-9]+]] = sorted([3, 1, 2], key=neg){{$}}
# CHECK-NEXT:  {{^}}    [[M:_t[0-9]+]] = max([5, 7], key=neg){{$}}
# CHECK-NEXT:  {{^}}    r = [[[P]], [[S]], len([[M]] * 'x'), min(['aa', 'b'], key=len)]{{$}}
# CHECK-NEXT:  {{^}}    xs = [2, 1]{{$}}
# CHECK-NEXT:  {{^}}    xs.sort(key=neg){{$}}
def main():
    r = [pair(say(1), b=say(2)), sorted([3, 1, 2], key=neg), len(max([5, 7], key=neg) * "x"), min(["aa", "b"], key=len)]
    xs = [2, 1]
    xs.sort(key=neg)
    return [r, xs]

print(main())
# RUN-OUT:      say 1
# RUN-OUT-NEXT: say 2
# RUN-OUT-NEXT: key 3
# RUN-OUT-NEXT: key 1
# RUN-OUT-NEXT: key 2
# RUN-OUT-NEXT: key 5
# RUN-OUT-NEXT: key 7
# RUN-OUT-NEXT: key 2
# RUN-OUT-NEXT: key 1
# RUN-OUT-NEXT: {{\[\[\[}}1, 2], [3, 2, 1], 5, 'b'], [2, 1]]
