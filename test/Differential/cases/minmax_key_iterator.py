# entry: main
# min/max with a bound-method key that pops from the list an iterator walks: CPython pulls one
# item, calls the key, pulls the next, so the pops shorten what is left to pull (QA8 H1).


def main(xs, mode):
    ys = list(xs)
    if mode == 0:
        r = max(iter(ys), key=ys.pop)
    elif mode == 1:
        r = min(iter(ys), key=ys.pop)
    elif mode == 2:
        r = max(filter(None, ys), key=ys.pop)
    elif mode == 3:
        r = max(map(abs, ys), key=ys.pop)
    elif mode == 4:
        r = min(reversed(ys), key=ys.pop, default=-1)
    else:
        r = max(enumerate(ys), key=ys.count)
    return [r, ys]
