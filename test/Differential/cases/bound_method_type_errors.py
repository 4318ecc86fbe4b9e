# Calls of bound methods and builtins through variables with bad arguments raise CPython's
# TypeErrors, caught and shown.
# fallback-ok: every input catches a TypeError, which compiled code re-runs in the interpreter
# entry: main
def main(s, xs, d):
    calls = [(xs.append, ()), (xs.append, (1, 2)), (s.split, (1,)), (d.get, (1, 2, 3)),
             (s.upper, (1,)), (xs.count, ()), (len, ()), (len, (1, 2)), (str.lower, (5,)),
             (int, ("x", 1, 2)), (abs, ("a",)), (d.pop, ()), (s.join, (5,))]
    out = []
    for fn, args in calls:
        try:
            if len(args) == 0:
                out.append(fn())
            elif len(args) == 1:
                a = args[0]
                out.append(fn(a))
            elif len(args) == 2:
                a, b = args
                out.append(fn(a, b))
            else:
                a, b, c = args
                out.append(fn(a, b, c))
        except TypeError as e:
            out.append(str(e))
        except KeyError as e:
            out.append("KeyError")
    return out
