# Int-typed locals (IntLocals): variables given only ints (constants, range items, + - * // %
# and unary - of int-typed values) are unboxed i64s in compiled code. Edges: 2**63-1 and -2**63
# (results past 64 bits fall back), floor division and modulo of every sign, zero divisors
# (ZeroDivisionError), an unbound read (UnboundLocalError), bools as range bounds, a float bound
# (TypeError), a name int in one inlined function and a str in another, and ints used as values
# (list items, dict keys, printed, returned).
# entry: main
# fallback-ok: results past 64 bits (2**63, -(-2**63)) make compiled code fall back
def twice(m):
    return m * 2


def label(s):
    t = s + "!"
    return t


def count(k):
    t = 0
    for j in range(k):
        t += j
    return t


def main(a, n, mode):
    out = []
    stop = a + 1 if a < 9223372036854775807 else a - 1
    step = 1 if a < 9223372036854775807 else -1
    for v in range(a, stop, step):
        x = v
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        out.append(i - 2)
    d = {}
    for i in range(n):
        d[i % 3] = d.get(i % 3, 0) + 1
    out.append(d)
    out.append(acc)
    pairs = []
    for p in range(-7, 8, 7):
        for q in range(-3, 4):
            if q != 0:
                pairs.append((p // q, p % q, -p // q, -p % q))
    out.append(pairs)
    out.append(twice(acc))
    out.append(label("a"))
    out.append(count(n))
    print(x, -x + 0 if mode == 0 else 0)
    if mode == 1:
        y = x + x
        out.append(y)
    if mode == 2:
        y = x * x
        out.append(y)
    if mode == 3:
        y = -x
        out.append(y)
    if mode == 4:
        z = 0
        for w in range(0, 1):
            z = w
        out.append(x // z)
    if mode == 5:
        out.append(x % (x - x))
    if mode == 6:
        out.append(u)
    if mode == 7:
        u = x - 1
        out.append(u)
    big = 9223372036854775807
    small = -9223372036854775807 - 1
    if x > 0:
        out.append(big - x)
    else:
        out.append(small - x)
    if x == big or x == small:
        out.append("edge")
    return out
