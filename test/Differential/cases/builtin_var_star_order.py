# The order CPython 3.11 evaluates a builtin held in a variable's arguments in: a `*it` among
# plain arguments is unpacked before the keywords' values, a lone `*it` after them; a key
# function that advances the unpacked iterator runs after the call unpacked it.
# entry: main
def main(xs):
    out = []
    it = iter(xs)
    f = print
    def g():
        out.append(next(it, None))
        return "-"
    f(0, *it, sep=g())
    it2 = iter(xs)
    def h():
        out.append(next(it2, None))
        return "+"
    f(*it2, sep=h())
    m = max
    it3 = iter(xs)
    def k(v):
        out.append(next(it3, None))
        return v
    out.append(m(*it3, key=k))
    return out
