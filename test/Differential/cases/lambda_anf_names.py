# A lambda is a def named `_lambdaN` in the normal form; the printed program gives it CPython's
# `__name__` and `__qualname__`, so every stage shows the messages and reprs CPython shows: call
# errors name `main.<locals>.<lambda>`, `main.<locals>.<listcomp>.<lambda>` (comprehension),
# `<lambda>` (module level), `café.<locals>.<lambda>`; reprs show the qualname of nested defs too.
# entry: main
# fallback-ok: compiled code falls back on the TypeErrors handlers catch and on a function's repr
top = lambda: 0

def café(v):
    return lambda w: (v, w)

def main(n, s):
    f = lambda a, b: a + b
    g = lambda *, k: k
    h = [lambda x: x * i for i in range(2)]
    d = lambda x, y=n: x + y
    out = []
    for call in (lambda: f(n), lambda: g(n), lambda: h[0](), lambda: d(1, 2, 3), lambda: d(q=s),
                 lambda: top(n), lambda: café(s)(), lambda: f(n, s), lambda: f(*s)):
        try:
            out.append(repr(call()))
        except TypeError as e:
            out.append(str(e))

    def a():
        def b():
            return lambda: 1
        return b
    shown = [str(f), repr(a), repr(a()), str(a()()), repr(h[1]), str(lambda y=n: y), repr(top),
             repr(café(n)), repr(main)]
    out.append([t[:t.index(' at 0x')] for t in shown])
    return out
