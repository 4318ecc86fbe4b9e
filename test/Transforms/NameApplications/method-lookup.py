# CPython evaluates a method call's receiver, looks the method up, then evaluates the arguments.
# When an argument needs statements, the lookup becomes a statement of its own before them
# (getattr with its value dropped), so a receiver without the method raises AttributeError
# before any argument runs.
# RUN: pyctl -passes=name-applications %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

def say(x):
    print("say", x)
    return x

# CHECK-LABEL: {{^}}def append_call(xs):
# CHECK:       {{^}}    [[R:_t[0-9]+]] = xs{{$}}
# CHECK-NEXT:  {{^}}    getattr([[R]], 'append'){{$}}
# CHECK-NEXT:  {{^}}    [[A:_t[0-9]+]] = say(1){{$}}
# CHECK-NEXT:  {{^}}    [[R]].append([[A]] + 1){{$}}
def append_call(xs):
    xs.append(say(1) + 1)
    return xs

# The receiver's own statements come first; the lookup follows them.
# CHECK-LABEL: {{^}}def split_value(s):
# CHECK:       {{^}}    [[S:_t[0-9]+]] = say(s){{$}}
# CHECK-NEXT:  {{^}}    getattr([[S]], 'split'){{$}}
# CHECK-NEXT:  {{^}}    [[P:_t[0-9]+]] = say(','){{$}}
# CHECK-NEXT:  {{^}}    {{.*}} = [[S]].split([[P]]){{$}}
def split_value(s):
    parts = say(s).split(say(","))
    return parts

# Arguments without user calls need no statement, and no lookup is added.
# CHECK-LABEL: {{^}}def plain(xs):
# CHECK-NOT:   getattr
# CHECK:       {{^}}    xs.append(len(xs)){{$}}
def plain(xs):
    xs.append(len(xs))
    return xs

def main():
    print(append_call([0]))
    print(split_value("a,b"))
    print(plain([]))
    for receiver in (5, "s", None):
        try:
            append_call(receiver)
        except AttributeError as e:
            print("AttributeError", e)

# RUN-OUT:      say 1
# RUN-OUT-NEXT: [0, 2]
# RUN-OUT-NEXT: say a,b
# RUN-OUT-NEXT: say ,
# RUN-OUT-NEXT: ['a', 'b']
# RUN-OUT-NEXT: [0]
# RUN-OUT-NEXT: AttributeError 'int' object has no attribute 'append'
# RUN-OUT-NEXT: AttributeError 'str' object has no attribute 'append'
# RUN-OUT-NEXT: AttributeError 'NoneType' object has no attribute 'append'

main()
