# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# float ** overflow raises OverflowError(34, 'Numerical result out of range'): two arguments,
# str() is the args tuple's repr; math.exp's OverflowError has one argument.
import math


def main(x, y):
    try:
        return x ** y
    except OverflowError as e:
        print(e)
        try:
            return math.exp(y)
        except ArithmeticError as f:
            return [str(e), repr(e), str(f), repr(f)]
