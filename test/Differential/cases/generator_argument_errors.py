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
    return out
