# del of variables: a local is unbound until assigned again (a read in between raises
# UnboundLocalError), deleting it twice raises too; del of a parameter, del inside a loop, del of a
# global (read afterwards: NameError, unless assigned again), del of a cell variable from the
# enclosing function (the closure then raises NameError) and from a nested function through
# `nonlocal`, `del a, b[0]` left to right (b[0] is not deleted when deleting `a` raises), and del
# of an item of a tuple or a str (TypeError). Module code deletes too.
# entry: run
scratch = [1, 2, 3]
del scratch[0]
kept = scratch
del scratch
counter = 10


def reset():
    global counter
    del counter


def reset_and_set(v):
    global counter
    del counter
    counter = v


def read_counter():
    return counter


def run(x, mode, xs):
    out = [kept]
    tmp = x
    del tmp
    if mode == "read-after":
        out.append(tmp)
    if mode == "twice":
        del tmp
    tmp = [x]
    out.append(tmp)
    del x
    x = "rebound"
    out.append(x)
    for i in range(3):
        item = i * 2
        out.append(item)
        del item
    if mode == "loop-read":
        out.append(item)
    if mode == "global":
        reset()
        out.append(read_counter())
    reset_and_set(len(out))
    out.append(read_counter())
    total = 0

    def bump(k):
        nonlocal total
        total += k
        if k > 1:
            del total

    def peek():
        return total

    bump(1)
    out.append(peek())
    if mode == "nonlocal-read":
        bump(5)
        out.append(peek())
    bump(2)
    total = "after"
    out.append(peek())
    if mode == "cell":
        del total
        out.append(peek())
    a = 1
    b = xs
    if mode == "tuple-twice":
        del a
    del a, b[0]
    out.append(xs)
    if mode == "tuple-item":
        t = (1, 2)
        del t[0]
    if mode == "str-item":
        s = "ab"
        del s[-1]
    if mode == "str-slice":
        s = "ab"
        del s[:1]
    if mode == "tuple-slice":
        t = (1, 2)
        del t[::2]
    return out
