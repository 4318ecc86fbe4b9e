# del d[k] with numeric and tuple keys: 1, 1.0 and True are one key, as are 0, 0.0, -0.0 and False;
# a tuple key equals a tuple of equal numbers.
# entry: run
def run(pairs, dels):
    d = {}
    for p in pairs:
        d[p[0]] = p[1]
    d[(1, 2)] = "t"
    out = []
    for k in dels:
        if k == "tuple":
            del d[(1.0, 2)]
        else:
            del d[k]
        out.append(list(d.items()))
    return [d, out]
