# entry: main
# fallback-ok: issubclass of a value that is not a class raises TypeError (compiled code falls back)
# Exception classes as values on paths that raise nothing, so compiled code runs them: isinstance
# of plain values against classes and tuples of classes, issubclass over the hierarchy, repr,
# str, ==, is, truth, classes in lists, dicts and tuples, and a class picked by a key.

ERRORS = (KeyError, IndexError, ValueError)
BY_NAME = {"key": KeyError, "index": IndexError, "value": ValueError, "zero": ZeroDivisionError}


def main(name, x):
    cls = BY_NAME.get(name, LookupError)
    return [repr(cls), str(cls), cls is KeyError, cls == LookupError, cls != ValueError,
            isinstance(x, ERRORS), isinstance(x, (int, KeyError)), isinstance(cls, type),
            issubclass(cls, LookupError), issubclass(cls, (ArithmeticError, ValueError)),
            issubclass(cls, Exception), issubclass(cls, BaseException), issubclass(bool, cls),
            cls in ERRORS, [cls, ERRORS], bool(cls), {name: cls}, type(cls) is type,
            f"{cls}|{cls!r:>30}", issubclass(x, cls) if name == "bad" else None]
