# CPython makes a lambda in a `while` condition anew before each iteration, so its def moves into
# the loop (`while True:` makes it, then breaks when the condition is false). With an `else`
# clause, a fresh flag records that the condition failed (not a `break` in the body), and the
# clause runs after the loop, where its own `break` and `continue` belong to the enclosing loop.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def f(n, stop):
# CHECK:       {{^}}        [[FLAG:_welse[0-9]+]] = False{{$}}
# CHECK-NEXT:  {{^}}        while True:{{$}}
# CHECK-NEXT:  {{^}}            def [[L:_lambda[0-9]+]]():{{$}}
# CHECK-NEXT:  {{^}}                return i{{$}}
# CHECK:       {{^}}            if not [[L]]() < n:{{$}}
# CHECK-NEXT:  {{^}}                [[FLAG]] = True{{$}}
# CHECK-NEXT:  {{^}}                break{{$}}
# CHECK-NEXT:  {{^}}            i += 1{{$}}
# CHECK:       {{^}}        if [[FLAG]]:{{$}}
# CHECK-NEXT:  {{^}}            if rounds == 1:{{$}}
# CHECK-NEXT:  {{^}}                continue{{$}}
def f(n, stop):
    out = []
    for rounds in range(3):
        i = 0
        while (lambda: i)() < n:
            i += 1
            if i == stop:
                break
        else:
            if rounds == 1:
                continue
            if rounds == stop:
                break
            out.append(('else', rounds, i))
        out.append(('after', rounds, i))
    return out

for args in ((3, 2), (3, 99), (0, 0), (-1, 2)):
    print(f(*args))
