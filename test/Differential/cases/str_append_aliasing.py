# Building strs by `s += t` and `s = s + t` (which pyctl appends in place when nothing else
# holds the left str): every alias, list item, dict key, tuple item, iterator and closure that
# saw the str before an append must keep the old text. Empty, ASCII and non-ASCII pieces, the
# str appended to itself, and appends crossing from ASCII to non-ASCII text.
# entry: main
def main(pieces, n):
    s = ""
    t = s
    history = []
    keys = {}
    snapshots = ()
    for i in range(n):
        for p in pieces:
            before = s
            s += p
            history.append(s)
            if before == s and p != "":
                return "append lost", before, p
        if i % 2 == 0:
            t = s
            keys[s] = i
            snapshots = snapshots + (s,)
        s = s + str(i)
        u = s
        s += u
        s = s + s
    it = iter(s)
    first = next(it, "")
    s += "é"
    rest = "".join(it)
    w = s
    s += "end"
    return s, t, w, first, rest, history, keys, snapshots, len(s), len(t), [len(h) for h in history]
