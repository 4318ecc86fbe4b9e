# entry: main
# A key function that removes items from the list min/max iterates (QA7b F1).


def main(ws):
    ys = list(ws)
    seen = []

    def k(v):
        seen.append(v)
        if v in ys and len(ys) > 1:
            ys.remove(ys[-1])
        return v

    r = max(ys, key=k) if ys else None
    zs = list(ws)
    seen2 = []
    r2 = min(zs, key=lambda v: seen2.append(v) or zs.pop() if len(zs) > 2 else v) if zs else None
    return [r, seen, ys, r2, seen2, zs]
