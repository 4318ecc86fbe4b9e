# Arguments, list items, tuple items and binary operands are evaluated left to right: an operand
# before a user call is saved before the call runs, so the call cannot change it.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=name-applications %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def say(x):
    print("say", x)
    return x

def add3(a, b, c):
    return a * 100 + b * 10 + c

def clear(xs):
    xs[0] = 0
    return 1

# CHECK-LABEL: {{^}}def user_args():
# CHECK:       {{^}}    [[A:_t[0-9]+]] = say(1){{$}}
# CHECK-NEXT:  {{^}}    [[B:_t[0-9]+]] = say(2){{$}}
# CHECK-NEXT:  {{^}}    [[C:_t[0-9]+]] = say(3){{$}}
# CHECK-NEXT:  {{^}}    {{r|_t[0-9]+}} = {{add3|_t[0-9]+}}([[A]], [[B]], [[C]]){{$}}
def user_args():
    r = add3(say(1), say(2), say(3))
    return r

# A builtin call stays an expression (a primApp in the trace), never a call through a variable:
# only the user calls in its arguments are named, in order.
# CHECK-LABEL: {{^}}def builtin_args():
# CHECK-NOT:   = print
# CHECK:       {{^}}    [[A:_t[0-9]+]] = say(4){{$}}
# CHECK-NEXT:  {{^}}    [[B:_t[0-9]+]] = say(5){{$}}
# CHECK-NEXT:  {{^}}    print([[A]], [[B]]){{$}}
def builtin_args():
    print(say(4), say(5))

# The read xs[0] and the builtin call len(xs) run before clear() changes xs.
# CHECK-LABEL: {{^}}def saved_operands(xs):
# CHECK-NOT:   = len{{$}}
# CHECK:       {{^}}    [[R:_t[0-9]+]] = xs[0]{{$}}
# CHECK-NEXT:  {{^}}    [[C:_t[0-9]+]] = clear(xs){{$}}
def saved_operands(xs):
    return (xs[0] + clear(xs), len(xs) - clear(xs), xs)

def displays():
    xs = [say(6), 7, say(8)]
    t = (say(9), say(10))
    return (xs, t, say(11) - say(12))

def main():
    print(user_args())
    builtin_args()
    print(saved_operands([5, 6]))
    print(displays())

main()

# RUN-OUT:      {{^}}say 1{{$}}
# RUN-OUT-NEXT: {{^}}say 2{{$}}
# RUN-OUT-NEXT: {{^}}say 3{{$}}
# RUN-OUT-NEXT: {{^}}123{{$}}
# RUN-OUT-NEXT: {{^}}say 4{{$}}
# RUN-OUT-NEXT: {{^}}say 5{{$}}
# RUN-OUT-NEXT: {{^}}4 5{{$}}
# RUN-OUT-NEXT: {{^}}(6, 1, [0, 6]){{$}}
# RUN-OUT-NEXT: {{^}}say 6{{$}}
# RUN-OUT-NEXT: {{^}}say 8{{$}}
# RUN-OUT-NEXT: {{^}}say 9{{$}}
# RUN-OUT-NEXT: {{^}}say 10{{$}}
# RUN-OUT-NEXT: {{^}}say 11{{$}}
# RUN-OUT-NEXT: {{^}}say 12{{$}}
# RUN-OUT-NEXT: {{^}}([6, 7, 8], (9, 10), -1){{$}}
