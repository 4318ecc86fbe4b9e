# `*` and `**` at call sites of user functions (and lambdas and closures), and `**` in builtin
# and method calls: CPython's evaluation order, unpacking and binding, and its TypeErrors.
# entry: run
# fallback-ok: compiled code falls back on the TypeErrors the 'catch' mode catches

def pos(a, b=2, *rest, k, j=7, **extra):
    return [a, b, rest, k, j, extra]

def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s

def named(**kw):
    return kw

def pair(a, b):
    return (a, b)

def make_adder(n):
    def add(*xs, scale=1):
        return [n + x * scale for x in xs]
    return add

def run(mode, xs, d):
    sq = lambda a, b: [a, b]
    if mode == "basic":
        return [total(*xs), pos(*xs, k=0), pos(1, *xs, k=2, **d), named(**d), sq(*xs[:1], **{"b": len(d)})]
    if mode == "mixed":
        return pos(0, *xs, *xs, k=1, **d, z=9)
    if mode == "closure":
        add = make_adder(100)
        return add(*xs, **d)
    if mode == "pair":
        return pair(*xs)
    if mode == "print":
        print(*xs, **d)
        return "{a}-{b}".format(**d)
    if mode == "sorted":
        return sorted(xs, **d)
    if mode == "order":
        it = iter(xs)
        first = total(*it, *it)
        it = iter(xs)
        return [first, named(**{"x": next(it)}, **d), pos(0, *it, k=0)]
    if mode == "lone":
        it = iter(xs)
        return pos(*it, k=next(it))
    if mode == "nonmapping":
        return named(**xs)
    if mode == "dictstar":
        return total(*d)
    if mode == "noniterable":
        return total(*len(xs))
    if mode == "noniterable2":
        return total(1, *len(xs))
    if mode == "badkey":
        return named(**{1: 2})
    if mode == "dup":
        return named(a=1, **d)
    if mode == "dup2":
        return named(**d, **d)
    if mode == "multiple":
        return pair(1, *xs, **d)
    if mode == "catch":
        out = []
        try:
            named(a=1, **d)
        except TypeError as e:
            out.append("caught")
        try:
            pair(*xs)
        except TypeError as e:
            out.append(str(e))
        try:
            named(**{5: 1})
        except TypeError as e:
            out.append(str(e))
        try:
            print(**{"a": 1})
        except TypeError as e:
            out.append(str(e))
        return out
    return None
