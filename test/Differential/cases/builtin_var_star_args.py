# Builtins and bound methods held in variables called with `*` / `**` arguments (a lone `*`,
# `*` among plain arguments, `**` with and without plain keywords).
# entry: main
import re

def main(xs, d, word):
    f = max
    s = sorted
    out = []
    push = out.append
    fmt = "<{a}|{b}>".format
    j = "/".join
    pr = print
    r = []
    if xs:
        r.append(f(*xs))
        r.append(f(0, *xs, -1))
        push(*xs[:1])
    r.append(s(*[xs], reverse=True))
    r.append(s(*[xs], **{"reverse": False}))
    r.append(fmt(**d))
    rest = {"b": word}
    r.append(fmt(a=len(xs), **rest))
    r.append(j(*[[str(x) for x in xs]]))
    p = re.compile("a+").search
    m = p(*[word])
    r.append(m is None)
    pr(*xs, sep="-", **{"end": "!\n"})
    r.append(out)
    return r
