# Input of unsupported-except-unbound-name.py.
ALL = [KeyError]

def f(x):
    raise ALL[0]("k")
