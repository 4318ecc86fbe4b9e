# Starred assignment targets take a list of the items the other targets leave.
# entry: f
def f(xs):
    a, *b, c = xs
    *d, = xs
    for x, *y in [xs, xs]:
        pass
    return [a, b, c, d, x, y]
