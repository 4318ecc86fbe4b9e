# del of names, items and slices; a deleted name is unbound again (it is a local, like an
# assignment makes it).
# entry: run
def run(xs, key):
    d = {"a": 1, "b": 2}
    del d[key]
    tmp = len(xs)
    del xs[0], xs[-1:]
    del tmp
    if key == "b":
        return tmp
    return [d, xs]
