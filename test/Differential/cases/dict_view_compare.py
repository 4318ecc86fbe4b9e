# entry: main
# fallback-ok: compiled code falls back on comparisons of dict views
# dict_keys / dict_items compared with sets and views as CPython's dictview_richcompare does:
# a size check, then containment; a set on the left defers to the view (QA7 F7, F8).
def main(op, a, b):
    d = dict.fromkeys(a, 1)
    e = dict.fromkeys(b, [2])
    s = set(b)
    try:
        if op == 0:
            return [d.keys() == s, s == d.keys(), d.keys() != s, s != d.keys()]
        if op == 1:
            return [d.keys() < s, d.keys() <= s, d.keys() > s, d.keys() >= s]
        if op == 2:
            return [s < d.keys(), s <= d.keys(), s > d.keys(), s >= d.keys()]
        if op == 3:
            return [d.keys() < e.keys(), d.keys() <= e.keys(), d.keys() == e.keys(), d.items() == e.items()]
        if op == 4:
            return [d.items() == set([(k, 1) for k in a])]
        if op == 5:
            return [e.items() == s]
        if op == 6:
            return [e.items() <= {(1, 2)}]
        if op == 7:
            return [d.keys() < list(a)]
        if op == 8:
            return [d.keys() == list(a), d.values() == s, s == d.values()]
        if op == 9:
            return [d.items() >= s, d.keys() == d.items(), d.items() > {(a[0], 1)} if a else None]
        if op == 10:
            return [s <= d.items()]
    except TypeError as ex:
        return "TypeError: " + str(ex)
