# entry: main
# fallback-ok: compiled code falls back on zip(strict=True)
# zip(strict=True) as CPython 3.11's zip_next: "argument N is shorter than argument(s) ..." when
# a later iterable ends first, "argument N is longer than ..." (after pulling the others once
# each, in order) when the first one ends first; items already taken are dropped.
def seen(out, x):
    out.append(x)
    return x


def main(op, a, b, c):
    out = []
    try:
        if op == 0:
            return list(zip(a, b, strict=True))
        if op == 1:
            return list(zip(a, b, c, strict=True))
        if op == 2:
            return [list(zip(a, b, strict=False)), list(zip(a, b, strict=0)), list(zip(strict=True))]
        if op == 3:
            pairs = []
            for x, y in zip(a, map(lambda v: seen(out, v), b), strict=1):
                pairs.append((x, y))
            return pairs
        if op == 4:
            it = iter(b)
            z = zip(a, it, strict=True)
            first = list(z)
            return [first, list(it)]
        if op == 5:
            z = zip(a, b, c, strict=True)
            got = []
            try:
                for t in z:
                    got.append(t)
            except ValueError as ex:
                got.append(str(ex))
            got.append(next(z, "end"))
            return got
        if op == 6:
            return dict(zip(a, b, strict=True))
        if op == 7:
            return [list(zip(a, b, c, strict=False)), list(zip(a, strict=[]))]
    except ValueError as ex:
        return ["ValueError: " + str(ex), out]
    except TypeError as ex:
        return ["TypeError: " + str(ex), out]
