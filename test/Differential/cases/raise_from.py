# `raise X(...) from cause`, `raise e` of a caught exception and their TypeErrors: the exception
# raised, its message and what an outer handler sees are CPython's.
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# entry: parse
def convert(params, key):
    try:
        return int(params[key])
    except KeyError as e:
        raise ValueError("missing parameter " + key) from e
    except ValueError as e:
        if params.get("strict"):
            raise e
        raise ValueError(f"bad {key}: {params[key]!r}") from None


def parse(params, mode):
    try:
        if mode == "count":
            return {"count": convert(params, "count")}
        if mode == "cause":
            raise KeyError("k") from params.get("cause")
        if mode == "value":
            err = params.get("err")
            raise err
        if mode == "rethrow":
            try:
                return 1 // params["n"]
            except ZeroDivisionError as z:
                caught = z
            print("after handler")
            raise caught from caught
        if mode == "uncaught":
            try:
                params["n"] + "x"
            except TypeError as t:
                raise RuntimeError("wrapped") from t
        return None
    except (ValueError, TypeError, ZeroDivisionError) as e:
        return [repr(e), str(e)]
