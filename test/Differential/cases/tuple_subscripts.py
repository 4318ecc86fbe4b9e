# entry: main
# fallback-ok: compiled code falls back on the KeyErrors and TypeErrors it catches
# `d[a, b]` indexes with the tuple `(a, b)` and `d[a,]` with `(a,)`, in reads, stores,
# augmented assignments and `del`; a list or str indexed by a tuple raises CPython's TypeError.


def main(a, b, op):
    grid = {}
    grid[a, b] = 1
    grid[a, b] += 2
    grid[b,] = "one"
    counts = {(0, 0): 5}
    counts[a, b] = counts.get((a, b), 0) + 1
    out = [grid[a, b], grid[(b,)], (a, b) in grid, sorted(counts.items(), key=repr)]
    try:
        if op == 1:
            del grid[a, b]
            out.append(grid[a, b])
        elif op == 2:
            xs = [1, 2]
            out.append(xs[a, b])
        elif op == 3:
            s = "xy"
            out.append(s[a,])
        elif op == 4:
            out.append({}[a, [b]])
    except (KeyError, TypeError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    out.append(sorted(grid.items(), key=repr))
    return out
