# entry: main
# fallback-ok: compiled repr and comparisons stop at 200 nested levels (runtime/rust/src/repr.rs, compare.rs), so 700 falls back
# Values nested hundreds of levels deep by loops, not recursion: repr, ==, <, str of dicts,
# hashing nested tuples and json.dumps stay below CPython's recursion limit here, together with
# a recursive call chain (CPython counts both against one limit).
import json


def wrap(v, k):
    if k == 0:
        return repr(v)
    return wrap(v, k - 1)


def main(n):
    x = []
    y = []
    for i in range(n):
        x = [x]
        y = [y]
    d = {}
    t = ()
    for i in range(n):
        d = {"k": d}
        t = (t,)
    return [len(repr(x)), x == y, x < [y], len(str(d)), len({t: 1}), len(json.dumps(x)),
            len(wrap(x, 50))]
