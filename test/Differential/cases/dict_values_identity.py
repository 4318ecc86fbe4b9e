# entry: main
# fallback-ok: compiled code falls back on comparisons of dict views
# dict_values has no comparison of its own: == is object identity, and every d.values() call
# makes a new view (v == v, not d.values() == d.values()); `is` is identity for every view.
def main(a):
    d = dict.fromkeys(a, 0)
    v = d.values()
    k = d.keys()
    w = v
    return [v == v, d.values() == d.values(), v != v, v != d.values(), v == w, v is w,
            v is d.values(), k is k, d.keys() is d.keys(), [v] == [v], v in [v],
            d.values() in [v], v == k, k == v, d.items() is d.items(), (v,) == (w,)]
