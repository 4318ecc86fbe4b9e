# Closures capture variables, not values; nonlocal and global assignments reach their scopes.
# entry: run
COUNT = 0

def bump():
    global COUNT
    COUNT += 1
    return COUNT

def run(n):
    total = n
    def add(k):
        nonlocal total
        total = total + k
        return total
    def fib(k):
        if k < 2:
            return k
        return fib(k - 1) + fib(k - 2)
    def make_scaler(f):
        def scale(v):
            return v * f + total
        return scale
    add(1)
    sc = make_scaler(3)
    first = sc(2)
    add(10)
    second = sc(2)
    bump()
    bump()
    return [total, first, second, fib(n), COUNT]
