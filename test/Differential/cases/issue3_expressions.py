# The expression forms of issue 3 at their edges: subscripts and slices with negative indices and
# steps (str by code point, list, tuple, range), conditional expressions, in / not in, is / is not,
# chained comparisons, f-strings with format specs, %-formatting, list / dict / set displays with
# * in lists and ** in a call (issue3_display_splats has ** in dict and * in set displays), list
# and dict comprehensions, and lambda.
# entry: exprs
def exprs(s, xs, n):
    d = {"k": n, "s": s}
    out = [s[-1:], s[::-1], s[::-2], s[1:-1], xs[-2:], xs[::-1], xs[len(xs):], tuple(xs)[::-2]]
    out.append(range(n)[::-1][:3] if n >= 0 else range(n, 0)[-2:])
    out.append(["big" if n > 100 else "neg" if n < 0 else "small", n if s else -n])
    out.append([s in "xé日", "" in s, n in xs, n not in xs, "k" in d, "z" not in d, s in d])
    out.append([xs is xs, xs is not xs[:], None is None, n is not None, xs[:] == xs])
    out.append([0 <= n < 10, -5 < n <= 5 < 100, s < "m" <= "z", 1 < 2 > n, n == n == n != 0])
    out.append([f"{n:>5}|{n:<5}|{n:^7}|{n:05d}|{n:+d}|{n:,}|{n:x}|{n:b}", f"{s!r:>8}", f"{s:_^9}"])
    out.append([f"{n / 3:.2f}", f"{n:.1e}", f"{n * 1.0:g}", f"{n:%}" if abs(n) < 1000 else "", f"{s}{n}{xs}"])
    out.append(["%s|%r|%5d|%-5d|%05.1f|%x|%%" % (s, s, n, n, n / 7, abs(n)), "%(k)d-%(s)s" % d])
    out.append([[*xs, *s], [*xs, n, *xs], dict(d, k=-n, **{"z": 0}), {n, n, -n} == {n, -n}])
    out.append([[c * 2 for c in s if c != " "], {c: i for i, c in enumerate(s)}, [x for x in xs if x], {i: [] for i in range(0)}])
    f = lambda a, b=n: a * b
    g = lambda *a, **k: (a, sorted(k))
    out.append([f(2), f(s, 2), g(*xs, **d), (lambda: n)(), sorted(xs, key=lambda v: -v) if all(isinstance(v, int) for v in xs) else None])
    return out
