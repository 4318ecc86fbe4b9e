# The dict methods issue 3 names (get keys values items pop setdefault update) on empty dicts,
# non-ASCII and int keys (1 and 1.0 and True are one key), insertion order after updates,
# deletes and re-inserts, and pop of a missing key without a default (KeyError).
# entry: dicts
def dicts(d, k, v):
    e = d
    out = [d.get(k), d.get(k, "dflt"), d.get("nope", v), list(d.keys()), list(d.values()), list(d.items())]
    out.append(d.setdefault(k, []))
    out.append(d.setdefault("s", v))
    d.update({k: v, "u": 1})
    d.update(w=2)
    d.update([("p", 3), ("u", 4)])
    out.append([list(d), e is d, len(d)])
    out.append([d.pop("u"), d.pop("missing", None), d.pop(k, "gone")])
    d[k] = "back"
    out.append(list(d.items()))
    n = {1: "int"}
    n[1.0] = "float"
    n[True] = "bool"
    n.update({1: "again"})
    out.append([n, n.get(True), n.setdefault(1.0, "x"), list(n.keys()), n.pop(True)])
    out.append([k in d.keys(), v in d.values(), (k, "back") in d.items(), len(d.values())])
    if v == "raise":
        d.pop("never there")
    return out
