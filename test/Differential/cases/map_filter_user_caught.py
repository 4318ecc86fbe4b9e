# map and filter with user functions where compiled code still falls back: an exception raised in
# the function (or by pulling) and caught by a handler (`*map(...)` in a builtin call, which fell
# back too, now runs compiled). The traces still record the calls; the answers of
# compiled code must be CPython's or a fallback.
# fallback-ok: caught exceptions fall back in compiled code
# entry: run
def square(x):
    print("sq", x)
    return x * x

def scaled(x, factor=3):
    return x * factor

def noisy_key(v):
    print("key", v)
    return -v

def run(kind, xs, k):
    if kind == "raise":
        out = []
        try:
            out.extend(map(lambda x: 10 // x, xs))
        except ZeroDivisionError:
            out.append("caught")
        print("partial", out)
        return list(map(lambda x: 100 // (x - k), xs))
    if kind == "extend":
        out = []
        try:
            out.extend(map(lambda x: 10 // x, xs))
        except ZeroDivisionError:
            out.append("caught")
        d = {}
        try:
            d.update(map(lambda x: (x, 10 // x), xs))
        except ZeroDivisionError:
            out.append(d)
        return out
    if kind == "star":
        m = map(lambda x: x + k, xs)
        print(*map(scaled, xs), sep="|")
        picked = max(map(square, xs), key=noisy_key, default=0)
        return [list(m), picked]
    if kind == "stop":
        it = filter(lambda x: x % 2, xs)
        got = []
        try:
            while True:
                got.append(next(it))
        except StopIteration:
            got.append("stop")
        return got
    if kind == "notcallable":
        try:
            return list(map(5, xs))
        except TypeError as e:
            return "TypeError"
    return None
