# entry: main
# Keyword arguments to user functions, keyword-only parameters, defaults mixed with both,
# *args / **kwargs parameters, and the TypeErrors CPython raises for wrong calls.

def box(width, height=2, *, depth=1, label):
    return [width, height, depth, label]


def scale(x, factor=10, *rest, **options):
    return [x * factor, rest, options]


def outer(n):
    def inner(a, *, step=n):
        return a + step
    return [inner(1), inner(a=2), inner(3, step=-n)]


def main(mode, n):
    out = []
    out.append(box(1, label="a"))
    out.append(box(label="b", width=n))
    out.append(box(3, 4, depth=5, label="c"))
    out.append(scale(n))
    out.append(scale(n, 2, 3, 4, unit="m", exact=True))
    out.append(scale(factor=3, x=n))
    out.append(outer(n))
    if mode == 1:
        box(1)                      # missing keyword-only 'label'
    if mode == 2:
        box(1, 2, 3, label="x")     # too many positional
    if mode == 3:
        box(1, width=2, label="x")  # multiple values for 'width'
    if mode == 4:
        box(1, label="x", colour=3) # unexpected keyword
    if mode == 5:
        scale()                     # missing positional
    print(out)
    return out
