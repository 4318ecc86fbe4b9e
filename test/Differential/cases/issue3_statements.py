# The statements of issue 3 at their edges: for over every iterable kind (empty, non-ASCII str,
# dict, tuple, range with a negative step), for/while with else, break and continue, augmented
# assignment in place for lists (seen through an alias), subscript assignment (negative index,
# dict key), del, global, nonlocal, nested closures capturing by reference, default values
# evaluated once, keyword arguments, assert and raise (issue3_try_statements has
# try/except/else/finally and reading a deleted name).
# entry: run
COUNTER = 0
SEEN = []

def bump(by=1):
    global COUNTER
    COUNTER += by
    return COUNTER

def remember(x, acc=[]):
    acc.append(x)
    return len(acc)

def make_counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def peek():
        return n
    return inc, peek

def loops(s, xs, d, k):
    got = []
    for c in s:
        got.append(c)
    for i in range(min(k, 6), -min(k, 6) - 1, -2) if k > 0 else range(0):
        got.append(i)
    for key in d:
        got.append(key)
    for key, val in d.items():
        got.append(val)
    for t in (xs, s):
        got.append(len(t))
    for x in xs:
        if x == 0:
            continue
        if x < 0:
            got.append("neg")
            break
        got.append(x)
    else:
        got.append("no-break")
    i = 0
    while i < k:
        i += 1
        if i == 3:
            break
    else:
        got.append("while-else")
    got.append(i)
    return got

def run(s, xs, d, k):
    out = [loops(s, xs, d, k)]
    alias = xs
    alias += [k]
    alias *= 1
    out.append([xs is alias, len(xs), xs[-1]])
    t = (k,)
    u = t
    t += (1,)
    out.append([t, u, len(t) != len(u)])
    if xs:
        xs[-1] = "last"
        xs[0] = s
    d["new"] = k
    d[k] = "int key"
    out.append([xs, d])
    del d["new"]
    del xs[-1:]
    y = k
    del y
    y = "rebound after del"
    out.append(y)
    out.append([bump(), bump(by=k), COUNTER, remember(s), remember(k)])
    inc, peek = make_counter(k)
    inc()
    inc(step=-10)
    out.append([peek(), inc(step=0)])
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    out.append([f() for f in fs])
    assert k != 1, "one " + s
    if s == "raise":
        raise KeyError(s)
    return out
