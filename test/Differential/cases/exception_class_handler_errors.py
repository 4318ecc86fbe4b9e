# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# `except errors` where errors is not an exception class or a flat tuple of them: CPython's
# TypeError replaces the exception being matched, after `finally` runs; an unbound variable
# (a global bound later, or not at all) raises its NameError there; an empty tuple matches nothing; a handler whose expression is
# never reached is never read.

LOG = []


def attempt(errors, key):
    try:
        try:
            return {"a": 1}[key]
        except errors:
            return "caught"
        finally:
            LOG.append(key)
    except TypeError as e:
        return ["TypeError", str(e)]
    except KeyError as e:
        return ["KeyError", str(e)]


def bind_later():
    global LATER
    LATER = KeyError


def unbound(key):
    try:
        return {"a": 1}[key]
    except LATER:
        return "caught"


def main(which, key):
    LOG.clear()
    if which == "nested":
        r = attempt(((KeyError,),), key)
    elif which == "int":
        r = attempt(int, key)
    elif which == "mixed":
        r = attempt((ValueError, 5), key)
    elif which == "empty":
        r = attempt((), key)
    elif which == "list":
        r = attempt([KeyError], key)
    elif which == "bound":
        bind_later()
        r = unbound(key)
    elif which == "unbound":
        try:
            r = unbound(key)
        except NameError as e:
            r = ["NameError", str(e)]
    else:
        r = attempt(LookupError, key)
    return [r, LOG]
