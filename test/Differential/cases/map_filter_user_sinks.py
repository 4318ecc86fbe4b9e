# Compiled code runs the calls of map / filter user functions where each pulling builtin pulls,
# exactly as CPython interleaves them with what the builtin does per item: list.extend appends
# (the function sees the list grow), set.update / dict.update / dict() insert each item as it
# comes (a pair list mutated later does not matter), sum adds as it goes (a list start mutated by
# the function), max with a user key calls the key right after each pull, union copies its
# receiver before pulling, intersection tests the live receiver, issuperset / isdisjoint / any /
# all / next stop pulling early, sorted with a user key pulls everything before the first key.
# entry: run
def run(kind, xs, k):
    if kind == "extend_sees":
        out = [0]
        out.extend(map(lambda x: len(out) * 10 + x, xs))
        return out
    if kind == "update_sees":
        s = set()
        s.update(map(lambda x: len(s) + x, xs))
        d = {}
        d.update(map(lambda x: (x, len(d)), xs))
        return [sorted(s), d]
    if kind == "dict_pairs":
        pair = [0, 0]
        def mk(x):
            pair[0] = x
            pair[1] = x * k
            return pair
        return dict(map(mk, xs))
    if kind == "sum_list":
        acc = []
        def grow(x):
            acc.append(x)
            return [x]
        return [sum(map(grow, xs), acc), acc]
    if kind == "minmax":
        seen = []
        def key(v):
            seen.append(("key", v))
            return -v
        def f(x):
            seen.append(("f", x))
            return x * 2
        return [max(map(f, xs), key=key, default=None), min(map(f, xs), default="e"), seen]
    if kind == "sets":
        s = {1}
        u = s.union(map(lambda x: s.add(x) or x, xs))
        t = {1}
        i = t.intersection(map(lambda x: t.discard(x) or x, xs))
        w = {2}
        sup = w.issuperset(map(lambda x: print("sup", x) or x, xs))
        dis = w.isdisjoint(filter(lambda x: print("dis", x) or True, xs))
        z = {5}
        z.difference_update(map(lambda x: x + 1, xs))
        z2 = {1, 2}
        z2.intersection_update(map(lambda x: float(x), xs))
        return [len(u), len(s), len(i), sup, dis, len(z), len(z2), 1.0 in z2]
    if kind == "short":
        a = any(map(lambda x: print("any", x) or x > k, xs))
        b = all(map(lambda x: print("all", x) or x < k, xs))
        it = filter(lambda x: print("nx", x) or x == k, xs)
        c = next(it, "none")
        d = list(it)
        return [a, b, c, d]
    if kind == "sorted_both":
        return sorted(map(lambda x: print("m", x) or x * 3, xs), key=lambda y: print("k", y) or -y)
    if kind == "join":
        return "-".join(filter(lambda s: s, map(lambda x: x.strip(), xs)))
    return None
