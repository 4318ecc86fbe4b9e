# entry: main
# fallback-ok: compiled code falls back on ints past 64 bits and on every TypeError
# hash() where CPython 3.11's hash is the same in every process: ints of any size (mod
# 2**61 - 1, hash(-1) == -2), bools, floats (inf, -0.0, fractions), tuples of those (xxHash
# tuplehash); unhashable values raise CPython's TypeError, also inside a tuple.
def main(op, x):
    try:
        if op == 0:
            return hash(x)
        if op == 1:
            return hash(tuple(x))
        if op == 2:
            return hash((x, (1, 2.5), True))
        if op == 3:
            return hash(float(x))
        if op == 4:
            return hash(x) == hash(float(x))
    except TypeError as ex:
        return "TypeError: " + str(ex)
    except OverflowError as ex:
        return "OverflowError: " + str(ex)
