# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# Every builtin exception class of pyctl's hierarchy that derives from Exception may be raised,
# and is caught by its base classes.


def main(k):
    try:
        if k == 0:
            raise UnicodeError("u")
        if k == 1:
            raise StopIteration(5)
        if k == 2:
            raise RecursionError("deep", 2)
        if k == 3:
            raise UnboundLocalError("x")
        if k == 4:
            raise FloatingPointError()
        if k == 5:
            raise NotImplementedError
        if k == 6:
            raise ArithmeticError("é")
        if k == 7:
            raise LookupError(7)
        return "none"
    except ValueError as e:
        return ["ValueError", repr(e), str(e)]
    except RuntimeError as e:
        return ["RuntimeError", repr(e), str(e)]
    except NameError as e:
        return ["NameError", repr(e), str(e)]
    except ArithmeticError as e:
        return ["ArithmeticError", repr(e), str(e)]
    except Exception as e:
        return ["Exception", repr(e), str(e)]
