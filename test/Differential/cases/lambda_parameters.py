# Lambdas take every parameter form a def takes: default values (evaluated once, when the lambda
# expression runs, positional ones then keyword-only ones, left to right), keyword-only
# parameters, *args and **kwargs, bound exactly as CPython binds them, with its TypeErrors.
# entry: run
log = []

def note(v):
    log.append(v)
    return v

top = lambda x, y=note('top-default'), *rest, z=note('top-kw'), **kw: (x, y, rest, z, kw)

def apply(f, *args, **kwargs):
    return f(*args, **kwargs)

def run(xs, k, s):
    log.clear()
    out = []
    adders = []
    for i in xs:
        adders.append(lambda v, i=i: v + i)
    out.append([f(k) for f in adders])
    base = k
    late = lambda v=base: v
    base = 'changed'
    out.append(late())
    out.append((note(1), lambda a=note(2), *, b=note(3): (a, b), note(4))[1]())
    maybe = (lambda y=note('chosen'): y) if k > 0 else None
    out.append(maybe() if maybe else 'none')
    kwonly = lambda a, *, key=s, must: (a, key, must)
    out.append(kwonly(1, must=k))
    out.append(kwonly(a=2, key='x', must=None))
    star = lambda *args, **kwargs: (args, kwargs)
    out.append(star())
    out.append(star(*xs, s=s, **{'k': k}))
    acc = lambda v, box=[]: (box.append(v), len(box))[1]
    out.append([acc(1), acc(2), acc(3, [])])
    nested = lambda a=k: (lambda b=a * 2: a + b)
    inner = nested()
    k = k + 100
    out.append([inner(), inner(1), nested(0)()])
    out.append(sorted(xs, key=lambda v, m=-1: v * m))
    pair = lambda v, w=s: (v, w)
    out.append([pair(v) for v in xs])
    out.append(apply(lambda *a, sep=s: sep.join([str(x) for x in a]), 1, 2, sep='-'))
    out.append(top(1))
    out.append(top(1, 2, 3, 4, z=5, extra=s))
    first = second = None
    for j in range(2):
        made = lambda q=j: q
        if j == 0:
            first = made
        else:
            second = made
    out.append([first is second, first(), second()])
    out.append(log)
    return out
