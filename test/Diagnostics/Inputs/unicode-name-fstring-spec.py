def f(t):
    return f"{t:\N{MIDDLE DOT}^9}"
