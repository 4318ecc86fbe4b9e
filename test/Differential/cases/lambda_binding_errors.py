# A lambda's binding errors are CPython's TypeErrors (their messages after the function's
# name; test/Trace/lambda-binding-errors.py checks the `__qualname__`s, which the printed normal
# form does not carry).
# entry: run
# fallback-ok: compiled code falls back on the TypeErrors handlers catch
top = lambda x, y=0, *rest, z=1, **kw: (x, y, rest, z, kw)

def run(s, k):
    kwonly = lambda a, *, key=s, must: (a, key, must)
    star = lambda *args, **kwargs: (args, kwargs)
    late = lambda v=k: v
    acc = lambda v, box=[]: (box.append(v), len(box))[1]
    errors = []
    for call in (lambda: kwonly(1), lambda: kwonly(1, 2, must=3), lambda: star(1, **{s: 1, 'x': 2}),
                 lambda: late(1, 2), lambda: top(), lambda: top(1, y=2, x=3), lambda: acc(v=1, w=2)):
        try:
            errors.append(repr(call()))
        except TypeError as e:
            # The message after the function's name (test/Trace/lambda-binding-errors.py checks
            # the `__qualname__`s, which the printed normal form does not carry).
            errors.append(str(e).split('() ', 1)[1])
    return errors
