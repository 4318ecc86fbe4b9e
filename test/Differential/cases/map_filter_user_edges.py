# map and filter with user functions, pulled in conditions (while, and/or), by a recursive
# function that maps itself, through a map of a map of the same function, by next() until
# StopIteration, with default parameters, and a map of a value that is not callable.
# fallback-ok: compiled code does not run pullCallback labels yet: a map or filter calling a user function falls back
# entry: run
def flat(x):
    if isinstance(x, list):
        return sum(map(flat, x))
    return x

def run(kind, xs):
    if kind == "while":
        it = map(lambda x: x * 2, xs)
        out = []
        while next(it, None) is not None and len(out) < 10:
            out.append(len(out))
        return out
    if kind == "cond":
        if xs and any(map(lambda x: x > 1, xs)) or all(filter(lambda x: x, xs)):
            return "yes"
        return "no"
    if kind == "rec":
        return flat(xs)
    if kind == "same":
        f = lambda x: x + 1
        return list(map(f, map(f, xs)))
    if kind == "stop":
        it = filter(lambda x: x % 2, xs)
        got = []
        try:
            while True:
                got.append(next(it))
        except StopIteration:
            got.append("stop")
        return got
    if kind == "default":
        def g(x, y=7):
            return x * y
        return [list(map(g, xs)), list(map(g, xs, xs))]
    if kind == "notcallable":
        try:
            return list(map(5, xs))
        except TypeError as e:
            return "TypeError"
    return None
