# `*` / `**` arguments of builtins and bound methods held in variables that CPython rejects:
# a non-iterable after `*` (lone and not), a non-mapping after `**`, a key that is not a str,
# a keyword given twice, with CPython's messages naming the callee.
# fallback-ok: every input catches a TypeError raised by the arguments, which compiled code re-runs in the interpreter
# entry: main
import re

def main(n, d):
    f = max
    out = []
    push = out.append
    fmt = "{a}".format
    low = str.lower
    g = d.get
    p = re.compile("x").search
    t = True.bit_length
    r = []
    for k in range(11):
        try:
            if k == 0:
                f(*n)
            elif k == 1:
                f(1, *n)
            elif k == 2:
                f([1], **n)
            elif k == 3:
                push(*n)
            elif k == 4:
                push(**n)
            elif k == 5:
                fmt(a=1, **d)
            elif k == 6:
                low(*n)
            elif k == 7:
                g(**n)
            elif k == 8:
                p(**n)
            elif k == 9:
                t(**n)
            else:
                f([1], key=None, **d)
            r.append("no error")
        except TypeError as e:
            r.append(str(e))
    return r
