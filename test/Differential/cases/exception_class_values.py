# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# Builtin exception classes as values: isinstance with a class and with tuples of classes,
# `except errors` with a module constant and a local tuple, type(e) is C, type(e).__name__,
# raise cls(...) / raise cls for a variable cls, issubclass over the hierarchy, repr and
# equality of classes, classes as dict values, the class of a caught json.JSONDecodeError.
# Non-ASCII and empty messages.
import json

ERRORS = (KeyError, IndexError)
HANDLERS = {"key": KeyError, "value": ValueError, "index": IndexError, "zero": ZeroDivisionError}


def fail(kind, text):
    if kind == "key":
        return {}[text]
    if kind == "index":
        return [][len(text)]
    if kind == "value":
        return int(text)
    if kind == "zero":
        return len(text) // 0
    cls = HANDLERS.get(kind, RuntimeError)
    raise cls(text)


def classify(kind, text):
    try:
        fail(kind, text)
    except ERRORS as e:
        return ["lookup", isinstance(e, KeyError), isinstance(e, (ValueError, IndexError)),
                type(e) is KeyError, type(e).__name__, str(e)]
    except Exception as e:
        return ["other", isinstance(e, ArithmeticError), type(e) is ValueError,
                type(e) == ZeroDivisionError, type(e).__name__, repr(e)]
    return None


def local_tuple(kind, text):
    errors = (ValueError, ZeroDivisionError)
    try:
        fail(kind, text)
    except errors as e:
        return "caught " + type(e).__name__
    except LookupError:
        return "lookup"


def raise_through(name, text):
    cls = HANDLERS[name]
    if text == "":
        raise cls
    raise cls(text, len(text))


def main(kind, text):
    if kind == "raise":
        try:
            raise_through(text or "value", text)
        except (KeyError, ValueError, IndexError, ZeroDivisionError) as e:
            return [type(e).__name__, e.args, str(e)]
    if kind == "subclass":
        return [issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)),
                issubclass(LookupError, KeyError), issubclass(bool, int), issubclass(int, bool),
                issubclass(ZeroDivisionError, (TypeError, (ArithmeticError,))),
                issubclass(UnicodeError, ValueError), issubclass(StopIteration, Exception),
                issubclass(KeyError, BaseException), issubclass(int, ())]
    if kind == "bad-subclass":
        return issubclass(text, Exception)
    if kind == "bad-subclass2":
        return issubclass(KeyError, (ValueError, text))
    if kind == "repr":
        return [repr(KeyError), str(ValueError), KeyError == KeyError, KeyError is KeyError,
                KeyError != LookupError, [ERRORS], isinstance(KeyError, type), type(KeyError),
                isinstance(text, ERRORS), bool(ValueError)]
    if kind == "json":
        try:
            json.loads(text)
        except ValueError as e:
            return [repr(type(e)), str(type(e)), type(e).__name__, issubclass(type(e), (KeyError, ValueError))]
    if kind == "local":
        return local_tuple(text, "x")
    return classify(kind, text)
