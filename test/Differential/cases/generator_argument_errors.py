# entry: main
# fallback-ok: compiled code falls back on exceptions a handler catches
# Exceptions raised inside generator-expression arguments reach the caller's handler with
# CPython's messages.
def main(args):
    xs = args.get("xs", [])
    out = {}
    try:
        out["err"] = sum(1 / x for x in xs)
    except ZeroDivisionError as e:
        out["err"] = str(e)
    try:
        out["unpack"] = list(a for a, b in xs)
    except TypeError as e:
        out["unpack"] = str(e)
    # PEP 479: a StopIteration escaping a generator expression is a RuntimeError.
    it = iter(xs)
    try:
        out["stop"] = list(next(it) for x in range(len(xs) + 1))
    except RuntimeError as e:
        out["stop"] = "RuntimeError: " + str(e)
    it = iter(xs[:1])
    try:
        out["stop_if"] = sum(x for x in range(3) if next(it))
    except RuntimeError as e:
        out["stop_if"] = "RuntimeError: " + str(e)
    return out
