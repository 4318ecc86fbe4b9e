# Assignment expressions in more places: nested comprehensions, dict and set comprehension keys,
# f-strings, keyword arguments, a nested def's default, subscript targets (after the value, as
# CPython stores), augmented assignment, closures and cells, assert, raise, comparison chains,
# while/else, try, method and builtin arguments, a parameter rebound twice in one expression.
# entry: main
# fallback-ok: compiled code falls back on the ZeroDivisionError a handler catches (mode try with a == 0)
def f(x):
    print("f", x)
    return x

def g(x, k=0):
    print("g", x, k)
    return x + k

def main(mode, a, xs):
    if mode == "nested_comp":
        grid = [[(z := x * y) for y in xs] for x in xs]
        return [grid, z if xs else None]
    if mode == "dictcomp":
        d = {(k := f(x)): (v := k * 2) for x in xs}
        return [d, k if xs else None, v if xs else None]
    if mode == "setcomp_key":
        s = {(w := x % 3) for x in xs if (c := x) > 0}
        return [sorted(s), len(s)]
    if mode == "fstring":
        return f"{(n := len(xs))}:{n * 2}"
    if mode == "kwarg":
        r = g((p := a), k=(q := p + 1))
        return [r, p, q]
    if mode == "default":
        def h(b=(dv := f(a))):
            return b
        return [h(), dv]
    if mode == "subscript_target":
        ys = [0, 0, 0]
        ys[(i := f(a))] = (j := f(2))
        return [ys, i, j]
    if mode == "augassign":
        t = 5
        t += (u := f(a))
        return [t, u]
    if mode == "closure":
        get = lambda: m * 2
        if (m := a):
            return get()
        return [get(), m]
    if mode == "cell_comp":
        def reader():
            return last
        vals = [(last := x) for x in xs]
        return [vals, reader() if xs else None]
    if mode == "cond_in_ifexp":
        return (y if (y := f(a)) else "zero")
    if mode == "assert":
        assert (n := f(a)) > 0, n
        return n
    if mode == "raise":
        if a < 0:
            raise ValueError((msg := "neg " + str(a)))
        return "ok"
    if mode == "chain_mid":
        return [f(1) < (mid := f(a)) < f(10), mid]
    if mode == "while_else":
        it = iter(xs)
        total = 0
        while (item := next(it, None)) is not None:
            if item < 0:
                break
            total += item
        else:
            return ["no break", total, item]
        return ["break", total, item]
    if mode == "try":
        try:
            if (r := 10 // a) > 2:
                return ["big", r]
        except ZeroDivisionError:
            return ["zero", a]
        return ["small", r]
    if mode == "method_arg":
        out = []
        out.append((e := f(a)))
        return [out, e]
    if mode == "print":
        print("x", (z := a * 2), z)
        return z
    if mode == "in_call_builtin":
        return [max((m := a), 3), m, sorted(xs, key=abs), (s := sum(xs))]
    if mode == "same_twice":
        return [(a := a + 1), (a := a + 1), a]
    if mode == "unbound_cond":
        if a and (q := f(a)):
            pass
        return q
    return None
