# entry: main
# `*iterable` and `**dict` in calls of methods run compiled: str, list and dict methods given
# their arguments through `*` (lists, tuples, strs, dicts, ranges) and keywords through `**`,
# in CPython's order (the receiver, then the items; a lone `*` after the keywords).


def main(mode, words, args, d, t):
    if mode == "dup":
        return "{a}".format(**d, a=1)  # d holds 'a': TypeError (got multiple values)
    if mode == "noiter":
        return words.extend(*len(words))  # TypeError: argument after * must be an iterable
    if mode == "nomap":
        return "{}".format(**words)  # TypeError: argument after ** must be a mapping
    if mode == "badkey":
        return words.sort(**{1: True})  # TypeError: keywords must be strings
    s = " ".join(*[words])
    parts = s.split(*args)
    rparts = s.rsplit(*[" "], **{"maxsplit": 1})
    pair = "{}-{}".format(*t)
    named = "{a}/{b}".format(**d)
    mixed = "{0}{x}{1}".format(*t, **{"x": "!"})
    both = "{}:{k}".format(*"é", k="ß", **{})
    ys = []
    ys.extend(*[words])
    ys.extend(*["ab"])
    ys.extend(*[range(2)])
    ys.extend(*[d])
    ys.append(*["z"])
    ys.insert(*(0, "first"))
    count = ys.count(*["z"])
    where = ys.index(*("z",), *range(0))
    dd = {}
    dd.update(**d)
    dd.update(*[[("k", t)]], **{"extra": len(words)})
    got = dd.get(*["a", "none"])
    dflt = dd.setdefault(*("new", [1]))
    popped = dd.pop(*["missing", "gone"])
    replaced = s.replace(*("a", "A"), *[1])
    stripped = s.strip(*[])
    starts = s.startswith(*[("x", "a")])
    found = s.find(*"b")
    padded = s.center(*[9, "*"])
    zs = list(words)
    zs.sort(**{"reverse": True})
    ws = list(words)
    ws.sort(*[], key=len)
    # The lone `*` is unpacked after the keyword value, which reverses the list.
    qs = ["p", "q", "r"]
    lone = "-".join(*[map(str, ys)]), "{}{}{}".format(*qs, q=qs.reverse())
    return [s, parts, rparts, pair, named, mixed, both, count, where, dd, got, dflt, popped,
            replaced, stripped, starts, found, padded, zs, ws, lone, ys]
