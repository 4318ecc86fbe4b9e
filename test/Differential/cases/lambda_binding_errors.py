# A lambda's binding errors are CPython's TypeErrors, whose messages name the function by its
# `__qualname__` (`run.<locals>.<lambda>`, `<lambda>`), which the printed normal form carries.
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
            errors.append(str(e))
    return errors
