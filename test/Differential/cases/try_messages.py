# str()/repr() of the exceptions builtins, operators and unpacking raise, caught by
# `except Exception as e`: the messages are CPython's.
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# entry: f
def f(k, x):
    try:
        if k == 0:
            for c in x:
                pass
        if k == 1:
            a, b = x
        if k == 2:
            return sorted(x)
        if k == 3:
            return max(x)
        if k == 4:
            return [c for c in x]
        if k == 5:
            return dict(x)
        if k == 6:
            return x.split(1)
        if k == 7:
            return round(x, "a")
        if k == 8:
            return divmod(x, 0)
        if k == 9:
            return 2 ** x
        if k == 10:
            return range(x)
        if k == 11:
            return "%d" % x
        if k == 12:
            return abs(x)
        if k == 13:
            return sum(x)
        if k == 14:
            return min(x)
        if k == 15:
            return list(x)
        if k == 16:
            return "{:d}".format(x)
        if k == 17:
            return chr(x)
        return None
    except Exception as e:
        return repr(e)
