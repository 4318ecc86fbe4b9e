# entry: main
# fallback-ok: compiled code falls back on ints past 64 bits and on every TypeError
# hex(), oct() and bin() of ints of any size and bools, with CPython's TypeErrors.
def main(x):
    try:
        return [hex(x), oct(x), bin(x), hex(-x) if not isinstance(x, str) else None]
    except TypeError as ex:
        return "TypeError: " + str(ex)
