# entry: main
# fallback-ok: compiled code falls back on the TypeErrors and ValueErrors it catches
# Augmented assignment to a slice (QA7 F10): CPython builds one slice object, reads the slice,
# evaluates the right side, applies the in-place operator, then assigns the slice back.


def grow(xs):
    xs.append("late")
    return ["g"]


def main(op, xs, n):
    try:
        if op == 0:
            xs[:n] += ["head"]
        elif op == 1:
            xs[-1:] *= 2
        elif op == 2:
            xs[n:] += grow(xs)
        elif op == 3:
            xs[::2] += ["x"]
        elif op == 4:
            xs[::-1] *= 1
        elif op == 5:
            s = "abc"
            s[1:] += "d"
            xs = s
        elif op == 6:
            t = (1, 2)
            t[:1] += (3,)
            xs = t
        elif op == 7:
            d = {}
            d[1:2] += [1]
            xs = d
        elif op == 8:
            xs[n:n] += "é!"
        elif op == 9:
            xs[:] *= 0
        elif op == 10:
            xs[1:-1] -= [1]
        return xs
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)
