# Lambdas inside list and dict comprehensions: CPython 3.11 runs a comprehension as a function of
# its own, so a lambda captures the comprehension's variables by reference (all see the last
# item), each run of the comprehension has fresh variables, each evaluation makes a new function,
# and the first iterable is evaluated in the enclosing scope.
# entry: run
def run(xs, k, s):
    out = []
    fs = [lambda: i for i in range(3)]
    out.append([f() for f in fs])
    out.append([f() for f in [lambda: i for i in xs]])
    out.append([f() for f in [lambda i=i: i for i in xs]])
    runs = []
    for j in range(2):
        runs += [lambda: (j, v) for v in xs]
    out.append([f() for f in runs])
    fresh = []
    for j in range(3):
        fresh += [lambda: v for v in range(j * 3, j * 3 + 2)]
    out.append([f() for f in fresh])
    out.append([fs[0] is fs[1], fs[0] is fs[0]])
    pairs = [(v, -v) for v in xs]
    out.append([sorted(pairs, key=lambda p: p[c]) for c in range(2)])
    table = {c: (lambda w: w * c) for c in s}
    out.append([table[c](2) for c in table])
    grid = [[lambda: (a, b) for b in range(a)] for a in range(3)]
    out.append([[g() for g in row] for row in grid])
    picked = [v for v in xs if (lambda w: w > k)(v)]
    out.append(picked)
    nested = [(lambda: [lambda: v + w for w in range(2)])() for v in xs]
    out.append([[g() for g in row] for row in nested])
    i = 'outer'
    shadow = [lambda: i for i in range(2)]
    out.append([i, [f() for f in shadow]])
    first = [f() for f in [lambda: 1, lambda: 2]]
    out.append(first)
    out.append({k2: f() for k2, f in [(q, lambda: k) for q in s]})
    out.append([c for c in [(lambda: v)() for v in xs] if c])
    later = [lambda: k for _ in range(2)]
    k = 'rebound'
    out.append([f() for f in later])
    return out
