# entry: main
# fallback-ok: compiled code cannot tell one view of a dict from another, so a view printed inside its own dict falls back
# A dict view that holds itself: CPython guards the view object (not its dict), printing "..." (QA8b F4, F5).


def main(k):
    d = {"a": 1}
    l = [1]
    if k == 0:
        l.append(l)
        return repr(l)
    if k == 1:
        d["s"] = d
        return repr(d)
    if k == 2:
        v = d.values()
        l.append(v)
        d["l"] = l
        return repr(v)
    if k == 3:
        it = d.items()
        d["i"] = it
        return str(it)
    if k == 4:
        ks = d.keys()
        d["k"] = [ks]
        return repr(ks), repr(d["k"])
    if k == 5:
        v = d.values()
        d["t"] = (v,)
        print(v)
        return 0
    if k == 6:
        d["k"] = d.keys()
        return repr(d)
    if k == 7:
        v = d.values()
        d["v"] = v
        return repr(v)
    if k == 8:
        d["i"] = d.items()
        return repr(d), str(d["i"])
    if k == 9:
        d["x"] = d.values()
        d["y"] = d.values()
        return repr(d)
