# Assignment expressions (PEP 572) in function bodies: conditions of if/elif/while, operands,
# short-circuited operands, conditional expressions, comprehension conditions and elements (which
# bind in the function), falsy values, evaluation order shown by print, global and nonlocal
# targets, UnboundLocalError for a walrus target read before it runs.
# entry: main
import re

counter = 0

def noisy(tag, v):
    print("eval", tag, repr(v))
    return v

def parse(s):
    p = re.compile(r"(\d+)-(\w+)")
    if (m := p.match(s)):
        return ["match", m.group(1), m.group(2)]
    elif (n := len(s)) > 3:
        return ["long", n]
    return ["short", n, m]

def drain(xs):
    it = iter(xs)
    out = []
    while (chunk := next(it, None)) is not None:
        out.append(chunk)
    else:
        out.append("done")
    return [out, chunk]

def bump(k):
    global counter
    if (counter := counter + k) > 5:
        return ["big", counter]
    return ["small", counter]

def outer(k):
    n = 0
    def inner():
        nonlocal n
        return (n := n + k)
    first = inner()
    return [first, inner(), n]

def main(mode, a, b, xs):
    if mode == "parse":
        return [parse(x) for x in xs]
    if mode == "drain":
        return drain(xs)
    if mode == "arith":
        y = (t := noisy("t", a)) + t
        u = (t := 1) + (t := 2)
        v = t + (t := 10)
        w = [t, (t := t * 2), t]
        return [y, u, v, w, t]
    if mode == "and":
        r = a and (y := noisy("y", b))
        print("r", repr(r))
        return [r, y]
    if mode == "or":
        r = a or (z := noisy("z", b))
        return [r, z]
    if mode == "ifexp":
        r = (w := noisy("then", a)) if b else (w := noisy("else", b))
        return [r, w]
    if mode == "falsy":
        out = []
        for x in xs:
            if (v := x):
                out.append(["truthy", v])
            elif (v := len(str(x))) > 3:
                out.append(["long", v])
            else:
                out.append(["falsy", x, v])
        return out
    if mode == "comp":
        vals = [y for x in xs if (y := x * 2) > 2]
        last = y if xs else "none"
        total = 0
        sums = [(total := total + x) for x in xs]
        keys = {(k := str(x) + "é") for x in xs}
        d = {x: (sq := x * x) for x in xs}
        seen = [x for x in xs if (n := noisy("n", x)) != a]
        return [vals, last, sums, total, sorted(keys), d, seen, k if xs else "no k", n if xs else "no n"]
    if mode == "global":
        return [bump(a), bump(b), counter]
    if mode == "nonlocal":
        return outer(a)
    if mode == "unbound":
        if a:
            print(q)
        (q := 5)
        return q
    if mode == "unbound_comp":
        return [y for x in xs if x] + [(y := 1)]
    if mode == "chain":
        return [0 < (n := len(xs)) < 4, n]
    if mode == "call":
        print((s := "日本" * a), len(s), s)
        return s
    return "other"
