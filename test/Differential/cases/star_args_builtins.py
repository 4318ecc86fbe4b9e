# entry: main
# `*iterable` and `**dict` in calls of builtins run compiled, in CPython's order: each `*`
# unpacked where it stands (lists, tuples, strs, dicts, ranges, map / filter / zip iterators),
# a lone `*` (the only positional item) after the keywords, a `**` copied where it stands.


def rem(v):
    return v % 7


def main(mode, xs, rows, d, s):
    if mode == "dup":
        print(*xs, sep="-", **d)  # d holds 'sep': TypeError (got multiple values)
        return None
    if mode == "twice":
        return dict(**d, **d)  # TypeError unless d is empty
    if mode == "badkey":
        return max(*xs, **{1: 2})  # TypeError: keywords must be strings
    if mode == "nomap":
        return print(**xs)  # TypeError: argument after ** must be a mapping
    if mode == "noiter":
        return max(*len(xs), 0)  # TypeError: Value after * must be an iterable
    if mode == "lonenoiter":
        return sorted(*len(xs), reverse=True)  # TypeError: argument after * must be an iterable
    print(*xs, sep=",")
    print(*s, sep="|", end="!\n")
    print(*xs, *s)
    print("keys", *d, **{"sep": "+"})
    print(*rows, **{"end": ".\n"})
    print(*d.values(), *(d.items()), sep=";")
    print(*range(3), *(range(len(xs), 0, -1)))
    print(*map(str, xs), *(filter(None, xs)), sep="")
    print(*zip(*rows))
    print(**{})
    pairs = list(zip(*rows))
    biggest = max(*xs, 0)
    smallest = min(*range(2), *xs)
    keyed = max(*xs, -1, key=rem)
    by_lambda = sorted(*[xs], key=lambda v: (v % 3, v))
    total = sum(*[xs[:2]])
    chars = sorted(*[s], reverse=True)
    made = dict(**d)
    merged = dict(d, **{"zz": len(s)})
    kw = {"sep": "/", "end": "\n"}
    ys = list(xs) + ["end"]
    # A lone `*` is unpacked after the keywords' values: the popped item is not printed.
    print(*ys, sep=str(ys.pop()))
    # Not lone: unpacked where it stands, before the pop.
    print(0, *ys, ys.pop() if ys else "-")
    # `**kw` is copied when it is merged: popping afterwards changes nothing.
    print(**kw, flush=kw.pop("sep") == "/")
    text = str(*[s])
    n = int(*["-12"])
    length = len(*[xs])
    both = tuple(*[rows]), list(*[s])
    return [pairs, biggest, smallest, keyed, by_lambda, total, chars, made, merged, kw, text,
            n, length, both, ys]
