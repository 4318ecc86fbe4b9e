# map and filter with user functions, pulled in conditions (while, and/or), by a recursive
# function that maps itself, through a map of a map of the same function, by next(), and
# with default parameters (StopIteration and a map of a value that is not callable:
# map_filter_user_caught).
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
    if kind == "default":
        def g(x, y=7):
            return x * y
        return [list(map(g, xs)), list(map(g, xs, xs))]
    return None
