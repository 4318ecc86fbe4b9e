# Comprehensions keep their variables local, evaluate the first iterable in the enclosing scope,
# and (dict comprehensions) evaluate the key before the value.
# entry: lists
def lists(xs):
    v = "outer"
    squares = [v * v for v in xs if v % 2 == 1]
    nested = [[i, j] for i in range(2) for j in range(i, 3) if i != j]
    d = {k: k * 2 for k in xs}
    return [squares, nested, d, v]
