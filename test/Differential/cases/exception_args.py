# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# e.args of caught exceptions: raised by the program (several arguments, none) and by the runtime
# (its message as the one argument; float ** overflow's errno pair; StopIteration's none), and CPython's AttributeError for a read of an attribute the
# value lacks, caught. Empty and non-ASCII arguments.


def main(op, text):
    if op == "args":
        out = []
        try:
            raise ValueError("bad", 1, text)
        except ValueError as e:
            out.append(e.args)
        try:
            raise KeyError(text)
        except KeyError as e:
            out.append(e.args)
        try:
            int(text)
        except ValueError as e:
            out.append(e.args)
        try:
            1 // 0
        except ZeroDivisionError as e:
            out.append(e.args)
        try:
            raise RuntimeError
        except RuntimeError as e:
            out.append(e.args)
        try:
            [].pop()
        except IndexError as e:
            out.append(e.args)
        try:
            out.append(10.0 ** (400 + len(text)))
        except OverflowError as e:
            out.append(e.args)
        try:
            next(iter(text))
            next(iter(""))
        except StopIteration as e:
            out.append(e.args)
        return out
    if op == "missing":
        x = [text]
        try:
            return x.pos
        except AttributeError as e:
            return ["AttributeError", e.args]
    return None
