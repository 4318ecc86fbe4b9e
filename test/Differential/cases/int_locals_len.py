# len() in int-typed locals: `n = len(x)` makes n an unboxed int in compiled code (IntLocals),
# compared and computed with as an int. Edges: empty containers, non-ASCII strs (code points),
# a list reachable two ways (appending through one name changes len of the other), a dict, a
# range, and an argument without a length (TypeError: compiled code falls back).
# entry: main
def main(xs, s, k):
    ys = xs
    n = len(xs)
    i = 0
    hits = 0
    while i < len(xs):
        if i < n and i % 2 == 0:
            hits += 1
        if i < 3:
            ys.append(i)
        i += 1
    m = len(s) * 2 - len(xs)
    d = {}
    for j in range(len(s)):
        d[j] = len(d)
    r = len(range(-3, k))
    return n, len(xs), len(ys), hits, m, d, r, len(xs) - len(s) // 2
