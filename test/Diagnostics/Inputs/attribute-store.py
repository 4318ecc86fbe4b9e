def f(m):
    # m.pos is readable, not assignable
    m.pos = 1
    return m
