# entry: main
# fallback-ok: compiled code falls back on set operations of dict views
# Set operations on dict_keys / dict_items views (CPython's dictviews_sub/or/xor,
# dictitems_xor and _PyDictView_Intersect): the result is a set; the other operand may be any
# iterable, on either side; dict_values is not set-like.
def show(x):
    if isinstance(x, set):
        return sorted(x)
    return x


def main(op, a, b):
    d = {k: i for i, k in enumerate(a)}
    e = {k: i for i, k in enumerate(b)}
    try:
        if op == 0:
            return [show(d.keys() - b), show(b - d.keys()), show(d.keys() - e.keys()), show(e.keys() - d.keys())]
        if op == 1:
            return [show(d.keys() & b), show(b & d.keys()), show(d.keys() & e.keys()), show(d.keys() & set(b))]
        if op == 2:
            return [show(d.keys() | b), show(b | d.keys()), show(d.keys() | e), show(set(b) | d.keys())]
        if op == 3:
            return [show(d.keys() ^ b), show(b ^ d.keys()), show(d.keys() ^ e.keys()), show(d.items() ^ e.items())]
        if op == 4:
            return [show(d.items() - e.items()), show(d.items() & e.items()), show(d.items() | e.items()), show(list(e.items()) - d.items())]
        if op == 5:
            return [d.keys().isdisjoint(b), d.keys().isdisjoint(e.keys()), d.items().isdisjoint(e.items()), d.keys().isdisjoint(set(b)), e.keys().isdisjoint(d.keys())]
        if op == 6:
            return [show(d.keys() - tuple(b)), show(d.keys() & range(3)), len(d.keys() | "ab"), show(d.keys() - e)]
        if op == 7:
            return show(d.values() - e.keys())
        if op == 8:
            return show(d.keys() - d.values())
        if op == 9:
            s = set(b)
            s -= d.keys()
            t = list(b)
            t &= d.keys()
            return [show(s), show(t)]
        if op == 10:
            return d.keys() - {3, 1}
        if op == 11:
            return [d.keys() & {3, 1, 10**30}, d.items() ^ {(1, 0)}, {2: 5}.items() | d.items()]
    except TypeError as ex:
        return "TypeError: " + str(ex)
