# A walrus target is a local of its function for the whole body (also when the walrus is inside a
# comprehension), unless the function declares it global or nonlocal.
# entry: main
y = "module y"
total = 0

def shadowed(xs):
    print(y)
    [(y := x) for x in xs]
    return y

def accumulate(xs):
    global total
    sums = [(total := total + x) for x in xs]
    return [sums, total]

def counter(xs):
    count = 0
    def bump(x):
        nonlocal count
        return [(count := count + 1) for _ in range(x)]
    made = [bump(x) for x in xs]
    return [made, count]

def later(flag, xs):
    if flag:
        return [z for z in xs]
    found = [w for x in xs if (w := x * 2)]
    return [found, w if found else None]

def main(mode, xs):
    if mode == "shadowed":
        return shadowed(xs)
    if mode == "global":
        first = accumulate(xs)
        return [first, accumulate(xs), total]
    if mode == "nonlocal":
        return counter(xs)
    if mode == "later":
        return [later(True, xs), later(False, xs)]
    return y
