# entry: main
# `*` of a map or filter of a user function in calls of builtins and methods, compiled: the
# call is a pulling point, so the function's calls made while the `*` is unpacked run its
# `pullCallback` label, where CPython makes them (a lone `*` after the keywords' values).


def fmt(x):
    print("fmt", x)
    return str(x) + "!"


def keep(x):
    return x % 2 == 1


def tag(t):
    print("tag", t)
    return t


def main(xs, sep):
    print(*map(fmt, xs), sep=sep)
    print(*map(fmt, xs), sep=tag(sep))
    print("start", *(map(fmt, xs)), "end")
    top = max(*map(lambda v: v * 2, xs), -1, 0)
    odd = sorted(*[filter(keep, xs)])
    kept = list(*[filter(keep, xs)])
    pairs = list(zip(*[map(fmt, xs), xs]))
    joined = "-".join(*[map(fmt, xs)])
    ys = []
    ys.extend(*[map(lambda v: -v, xs)])
    both = "{}|{}".format(*map(fmt, xs + [0, 0]))
    zipped = list(zip(*[map(fmt, xs), map(fmt, xs)]))
    return [top, odd, kept, pairs, joined, ys, both, zipped]
