# entry: handler
# fallback-ok: compiled code falls back on the exceptions the handler catches and on __name__ of user functions
# type(x) of the builtin values, type(e) of a caught exception, and __name__ of classes and
# functions, as error-reporting handlers use them.


def validate(v):
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise TypeError("expected a number, got " + type(v).__name__)
    if v < 0:
        raise ValueError("negative: %s" % (v,))
    return v * 2


def handler(event, context):
    out = []
    for v in event.get("values", []):
        try:
            out.append(validate(v))
        except Exception as e:
            out.append({"error": type(e).__name__, "message": str(e)})
    kinds = [type(v).__name__ for v in event.get("values", [])]
    same = [type(v) == int for v in event.get("values", [])]
    names = [len.__name__, str.__name__, str.lower.__name__, type(2.5).__name__, type(type(1)).__name__,
             repr(type(None)), repr(type(1)), type(2) is int, isinstance(None, type(None)),
             isinstance(int, type), repr(type)]
    if event.get("functions"):
        fn = lambda: 0
        names += [validate.__name__, fn.__name__]
    return {"results": out, "kinds": kinds, "same": same, "names": names}
