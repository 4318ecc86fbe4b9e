# map and filter with user functions through for loops, zip, enumerate and nested maps: a print
# in the function interleaves with the loop body's prints, closures see the captured variables
# as they are when the item is pulled, any / all / next stop pulling at the deciding item, and
# a huge int in the function's arithmetic makes compiled code fall back; a loop left by break
# pulls no further, sorted with a key pulls all before the keys, issubset pulls all first.
# entry: run
def double(x):
    print("double", x)
    return x * 2

def run(kind, xs, k):
    if kind == "loop":
        total = 0
        for v in map(double, xs):
            print("body", v)
            total += v
        return total
    if kind == "nested":
        return list(map(lambda y: y - 1, map(lambda x: x * k, filter(lambda x: x > 0, xs))))
    if kind == "zip":
        out = []
        for a, b in zip(map(double, xs), filter(lambda x: x % 2 == 0, xs)):
            print("pair", a, b)
            out.append(a + b)
        return out
    if kind == "enumerate":
        out = {}
        for i, v in enumerate(map(lambda x: str(x) * k, xs), 1):
            out[i] = v
        return out
    if kind == "closure":
        limit = k
        keep = filter(lambda x: x < limit, xs)
        limit = k * 10
        return [list(keep), limit]
    if kind == "short":
        m = map(double, xs)
        found = k < -100 or any(map(lambda v: v > k, m))
        rest = list(m)
        first = next(filter(lambda x: x < 0, xs), None)
        return [found, rest, first, all(map(lambda x: print("all", x) or x, xs))]
    if kind == "dict":
        return dict(zip(xs, map(lambda x: x * x, xs)))
    if kind == "mix":
        return mix(xs, k)
    return None

def mix(xs, k):
    seen = []
    def f(x):
        seen.append(x)
        print("f", x, len(seen))
        return x + k
    for i, v in enumerate(filter(lambda y: y % 2 == 0, map(f, xs))):
        print("loop", i, v)
        if v > 10:
            break
    rest = sorted(map(f, xs), key=lambda z: -z)
    s = {0}
    s = s.symmetric_difference(map(lambda x: x % 3, xs))
    t = {1, 2}
    sub = t.issubset(map(lambda x: t.add(x) or x, xs))
    return [seen, rest, sorted(s), sub, sorted(t), max(map(f, xs), default=-1), tuple(map(f, []))]
