# Every builtin of issue 3 on the edges of its argument types: empty containers, zero, negative,
# huge and non-ASCII values. Inputs whose call raises in CPython (min of an empty list, int of a
# non-number str, ...) check that the exception is the same.
# entry: builtins
def builtins(xs, s, n, f):
    out = [len(xs), len(s), len(range(n)), str(n), str(f), str(s), str(xs)]
    out.append([int(f), int(str(n)), int(s) if s.strip().lstrip("-").isdigit() else None, int(True), int(-f)])
    out.append([float(n), float(str(f)), float(s) if s.replace(".", "", 1).isdigit() else None, float("-inf") < f])
    out.append([bool(xs), bool(s), bool(n), bool(f), bool(None), bool([[]]), bool(""), bool("0")])
    out.append([abs(n), abs(f), abs(-n), abs(True)])
    out.append([min(n, f), max(n, f), min(s) if s else None, max(s, default="∅"), min(xs, default=None), max(xs or [0])])
    out.append([sum(xs), sum(xs, 10), sum([f, f]), sum([], n), sum(range(n if n < 1000 else 3))])
    out.append([sorted(xs), sorted(xs, reverse=True), sorted(s), sorted(s, key=lambda c: -ord(c))])
    out.append([list(reversed(xs)), list(reversed(s)), list(reversed(range(n % 5))), "".join(reversed(s))])
    out.append([list(enumerate(s)), list(enumerate(xs, start=-1)), list(zip(xs, s)), list(zip(s, s, xs))])
    out.append([isinstance(n, int), isinstance(f, (int, float)), isinstance(True, int), isinstance(s, list), isinstance(xs, (str, list))])
    out.append([round(f), round(f, 2), round(n, -2), round(-f), round(0.5), round(1.5), round(2.5), round(-0.5)])
    out.append([divmod(n, 7), divmod(n, -7), divmod(f, 1.5), divmod(-n, 3)])
    out.append([list(s), list(xs), list(range(-2)), list({"a": 1}), dict(a=n), dict([(s, n)]), dict({1: 2}, b=s)])
    out.append([tuple(s), tuple(xs), tuple(), set(xs) == set(sorted(xs)), len(set(s)), set() == set([])])
    out.append([any(xs), all(xs), any([]), all([]), any(s), all(c != "x" for c in s)])
    out.append([list(map(str, xs)), list(map(lambda a, b: a + b, s, s)), list(filter(None, xs)), list(filter(lambda c: c > "a", s))])
    print(n, f, s, sep="|", end="!\n")
    print(*xs)
    print()
    return out
