# entry: main
# A key function that grows or shrinks the list min/max iterates: CPython's min_max pulls from a live
# iterator, so it sees the change (QA7b F1).


def main(ws, limit):
    ys = list(ws)

    def k(v):
        if len(ys) < limit:
            ys.append(v + 10)
        return v

    a = max(ys, key=k) if ys else None
    n1 = len(ys)
    zs = list(ws)

    def k2(v):
        if len(zs) < limit:
            zs.append(v - 10)
        return v

    b = min(zs, key=k2) if zs else None
    us = list(ws)

    def f(v):
        if len(us) < limit:
            us.append(v * 2)
        return v > 100

    c = any(map(f, us))
    return [a, n1, ys, b, zs, c, us]
