# del of list items and slices, in a loop over operations: negative indices, indices out of range
# (CPython's IndexError), slices with steps 1, 2, -1, -3 and huge ones, bounds out of range and
# reversed, the empty list, bool indices and bounds, and the errors of a zero step (ValueError) or a
# bound that is not an int (TypeError). The list is shared: `ys` sees every deletion.
# entry: run
def run(xs, ops):
    ys = xs
    log = []
    for op in ops:
        kind = op[0]
        if kind == "i":
            del xs[op[1]]
        elif kind == "s":
            del xs[op[1]:op[2]:op[3]]
        elif kind == "from":
            del xs[op[1]:]
        elif kind == "to":
            del xs[:op[1]]
        elif kind == "step":
            del xs[::op[1]]
        elif kind == "all":
            del xs[:]
        log.append(len(xs))
    return [ys, log, ys is xs]
