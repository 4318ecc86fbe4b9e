# sorted() and list.sort() on 64 items and more, where CPython's timsort merges runs: NaNs, sets
# ordered by inclusion, stability among 1, 1.0 and True, huge ints beside floats, non-ASCII strs,
# runs and descending runs, and TypeErrors of mixed types raised mid-sort (list.sort leaves the
# list partly sorted); a user key function and builtin ones; reverse.
# fallback-ok: compiled code sorts only totally ordered keys and falls back on the others (NaN, sets, mixed types) and wherever CPython raises, also when a handler catches it
# entry: main
def make(n, seed, kind):
    xs = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        v = x // 65536 % 60 - 20
        if kind == 'nan':
            xs.append(float('nan') if v % 13 == 0 else v / 4)
        elif kind == 'equal':
            xs.append([1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0][v % 9])
        elif kind == 'big':
            xs.append(2 ** 70 + v if v % 3 == 0 else (v * 1e20 if v % 3 == 1 else -(2 ** 65) * v))
        elif kind == 'text':
            xs.append(['é', 'e', '€', 'z', 'Z', '😀', '', 'ab', 'a'][v % 9] + str(v % 4))
        elif kind == 'sets':
            s = set()
            for j in range(4):
                if (v >> j) & 1:
                    s.add(j)
            xs.append(s)
        elif kind == 'runs':
            xs.append(i % 97 if i % 300 < 150 else 500 - i % 97)
        elif kind == 'mixed':
            xs.append('s' if i == n - 1 or v == 33 else v)
        else:
            xs.append((x % 500, 'x' if i == n // 2 else v))
    return xs


def main(n, seed, kind, reverse):
    xs = make(n, seed, kind)
    out = []
    try:
        ys = sorted(xs, reverse=reverse)
        out.append(ys if n <= 300 else [ys[:5], ys[-5:]])
    except TypeError as e:
        out.append(str(e))
    order = list(range(n))
    try:
        order.sort(key=lambda i: xs[i], reverse=not reverse)
        out.append('sorted')
    except TypeError as e:
        out.append(str(e))
    out.append(order if n <= 300 else sum([(i + 1) * p for i, p in enumerate(order)]))
    ys = list(xs)
    try:
        ys.sort(key=str, reverse=reverse)
        out.append(ys[:3])
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(sorted(xs, key=abs)[:3])
    except TypeError as e:
        out.append(str(e))
    return out
