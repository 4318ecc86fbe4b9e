# A comprehension is a function of its own in CPython 3.11: reading an unassigned local of the
# enclosing function from it raises NameError ("cannot access free variable"), where the loops
# pyctl lowers it to would raise UnboundLocalError. Such a read is refused unless the local is
# surely assigned there (a parameter, or bound before it on every path; ok() below is accepted).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: sed -n '/^def ok/,$p' %s > %t.ok.py
# RUN: pyctl -passes=anf %t.ok.py > /dev/null

def bad(xs):
    # CHECK: {{.*}}unsupported-comprehension-unassigned-local.py:[[@LINE+2]]:14: error: unsupported construct: a comprehension reading 'later', a local variable of 'bad' that may be unassigned here
    # CHECK-NEXT: {{^}}    r = [x + later for x in xs]{{$}}
    r = [x + later for x in xs]
    later = 1
    return r

def ok(xs, flag):
    if flag:
        k = 1
    else:
        k = 2
    a = [x * k for x in xs]
    for y in xs:
        t = y
        a.append([t + z + y for z in xs])
    d = {x: [w for w in xs if w != x] for x in xs}
    return [a, d, [[y for y in xs] for _ in xs]]
