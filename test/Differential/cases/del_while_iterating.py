# Deleting items of a list while a for loop walks it: the list iterator keeps its index, so the
# item after a deleted one is skipped, a reversed iterator stops when its index passes the end,
# and a loop over a slice copy sees every item. Deleting keys of a dict while iterating over it
# raises RuntimeError.
# entry: run
def run(xs, k, mode):
    seen = []
    for x in xs:
        seen.append(x)
        if x % k == 0:
            del xs[0]
    rs = []
    ys = list(range(len(xs) + 3))
    for y in reversed(ys):
        rs.append(y)
        del ys[-2:]
    zs = list(range(6))
    for z in zs[:]:
        if z % 2:
            del zs[zs.index(z)]
    d = {"a": 1, "b": 2}
    if mode == "dict":
        for key in d:
            del d[key]
    return [xs, seen, rs, ys, zs, d]
