# entry: main
# Builtin exception classes raised and not caught: the invocation's error is the class.


def main(k):
    if k == 0:
        raise UnicodeError("u")
    if k == 1:
        raise StopIteration
    if k == 2:
        raise FloatingPointError(1, 2)
    return k
