# Default parameter values are evaluated once, when the def runs (a shared mutable default
# keeps its state within a call of the entry), and fill the parameters a call leaves out.
# entry: run
BASE = 10

def scale(x, factor=2, offset=BASE + 1):
    return x * factor + offset

def remember(item, seen=[]):
    seen.append(item)
    return len(seen)

def run(n, m=5):
    a = scale(n)
    b = scale(n, 3)
    c = scale(n, 3, 0)
    remember(1)
    count = remember(2)
    return [a, b, c, count, m]
