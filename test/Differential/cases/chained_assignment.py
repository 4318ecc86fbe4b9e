# Chained assignment `t1 = t2 = v`: v is evaluated once, then stored in the targets left to right,
# each target's subscript evaluated just before its store (`i = xs[i] = v` indexes with the new i).
# entry: run
# fallback-ok: compiled code falls back on the ValueError a handler catches (inputs whose xs is not a pair)
counter = [0]

def bump(v):
    counter[0] += 1
    print('bump', v)
    return v

def run(xs, n, s):
    a = b = n
    i = 0
    i = xs[i] = 1 if len(xs) > 1 else 0
    ys = zs = []
    ys.append(s)
    p, q = r = (n, s)
    first, *rest = whole = xs
    d = {}
    d[s] = d[n] = k = bump(len(s))
    m = [0, 0, 0]
    j = m[j] = 2 if False else 1
    def inner(v):
        nonlocal a
        a = t = v * 2
        return t
    inner(-n)
    total = cnt = 0
    for x in xs:
        total = cnt = total + x
    e = f = g = n ** 3
    c = None
    try:
        c = u, v = c2 = xs
    except ValueError:
        print('unpack failed', c is xs, len(xs))
    else:
        print('unpacked', u, v, c2 is c)
    print(a, b, i, xs, ys is zs, zs, p, q, r, first, rest, whole is xs, d, k, m, j, total, e, f, g)
    return counter[0]
