# The compiled fast paths of ordinary loops: for-loop heads (next assigned in place), if/while
# tests that are comparisons (Rust bools), d.setdefault(k, []) (its list made only when k is
# missing) and sum() of a list of ints (added in place while it fits in 64 bits), at the edges:
# 2**63 - 1 and -2**63 exactly, a bool or float among the ints, NaN and mixed int/float
# comparisons, and sums past 64 bits (compiled code falls back).
# entry: main
# fallback-ok: sums past 64 bits (2**63) make compiled code fall back
def main(xs, start, limit):
    groups = {}
    out = []
    for x in xs:
        if x < limit:
            groups.setdefault("lt", []).append(x)
        elif x == limit:
            groups.setdefault("eq", []).append(x)
        else:
            groups.setdefault("gt", []).append(x)
        if x != x:
            out.append("nan")
    i = 0
    while i < len(xs) and i <= 3:
        i += 1
    out.append(i)
    for k in sorted(groups):
        vals = groups[k]
        out.append((k, sum(vals, start), len(vals)))
    out.append(sum(xs, start))
    return out
