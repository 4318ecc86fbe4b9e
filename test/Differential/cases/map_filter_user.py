# map and filter with user functions and lambdas: lazy (nothing runs until an item is pulled), a
# print in the function interleaves with the consumer's prints, filter keeps the items whose
# result is truthy, a map of several iterables stops at the shortest, closures see the captured
# variables, and the calls nest (a mapped function that itself sorts with a key or pulls another
# map). Exceptions raised in the function: map_filter_user_caught.
# entry: run
def square(x):
    print("sq", x)
    return x * x

def is_odd(x):
    return x % 2

def pair(a, b):
    return a * 10 + b

def inner_total(x):
    return sum(map(lambda y: y + x, [1, 2])) + min([x, -x], key=lambda v: abs(v - 1))

def run(kind, xs, k):
    if kind == "basic":
        a = list(map(lambda x: x + k, xs))
        b = list(filter(lambda x: x % 3 == 0, xs))
        c = tuple(map(square, xs))
        d = sorted(filter(is_odd, xs), key=lambda x: -x)
        e = ",".join(map(lambda x: str(x * k), xs))
        return [a, b, c, d, e]
    if kind == "lazy":
        m = map(square, xs)
        print("made")
        total = 0
        for v in m:
            print("got", v)
            total += v
        return total
    if kind == "reduce":
        s = sum(map(lambda x: x * k, xs))
        an = any(map(lambda x: x > k, xs))
        al = all(filter(lambda x: x != k, xs))
        mx = max(map(square, xs), key=lambda y: -y, default="none")
        mn = min(map(lambda x: x - k, xs), default=None)
        st = set(map(lambda x: x % 2, xs))
        return [s, an, al, mx, mn, len(st)]
    if kind == "several":
        return list(map(pair, xs, [k, k + 1])) + list(map(lambda a, b, c: a + b + c, xs, xs, [k] * 10))
    if kind == "nested":
        return list(map(inner_total, filter(lambda x: x > 0, map(lambda x: x - k, xs))))
    if kind == "next":
        it = map(lambda x: x * 2, xs)
        first = next(it, "empty")
        rest = list(it)
        z = list(zip(map(square, xs), "abc"))
        en = dict(enumerate(filter(is_odd, xs), 1))
        return [first, rest, z, en]
    if kind == "more":
        return more(xs, k)
    if kind == "truthy":
        return [list(filter(lambda s: s.strip(), xs)), list(filter(lambda x: x and [x], xs))]
    return None

def scaled(x, factor=3):
    return x * factor

def noisy_key(v):
    print("key", v)
    return -v

def more(xs, k):
    m = map(lambda x: x + k, xs)
    k = 100
    late = list(m)
    print("|".join(map(lambda v: str(v), map(scaled, xs))))
    picked = max(map(square, xs), key=noisy_key, default=0)
    comp = [y + 1 for y in map(scaled, xs) if y]
    s = set()
    s.update(filter(lambda x: x > 0, xs))
    d = dict(zip(map(str, xs), map(lambda x: x * x, xs)))
    srt = sorted(map(lambda x: -x, xs), key=lambda x: abs(x))
    return [late, picked, comp, len(s), d, srt]
