# Key functions of builtins held in variables that raise, or a builtin that raises after
# calling them; CPython's exception reaches the handler.
# fallback-ok: every input catches an exception, which compiled code re-runs in the interpreter
# entry: main
def main(xs, bad):
    s = sorted
    m = max
    r = []
    for k in range(4):
        try:
            if k == 0:
                r.append(s(xs, key=lambda x: x // bad))
            elif k == 1:
                r.append(m(xs, key=lambda x, y: x))
            elif k == 2:
                r.append(m([], key=lambda x: x))
            else:
                r.append(s(xs, key=lambda x: [x] if x else x))
        except (ZeroDivisionError, TypeError, ValueError) as e:
            r.append(type(e).__name__ + ": " + str(e))
    return r
