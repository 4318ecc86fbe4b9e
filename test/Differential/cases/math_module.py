# entry: main
# math functions and constants, bit for bit as CPython: edge values, domain errors, huge ints.
import math
from math import sqrt, floor, ceil


def main(op, x):
    if op == "sqrt":
        return sqrt(x)
    if op == "floor":
        return [floor(x), math.ceil(x), ceil(-x)]
    if op == "trig":
        return [math.sin(x), math.cos(x), math.sin(x) ** 2 + math.cos(x) ** 2]
    if op == "log":
        return [math.log(x), math.log(x, 2), math.log(x, 10)]
    if op == "exp":
        return [math.exp(x), math.fabs(-x)]
    if op == "consts":
        print(math.pi, math.e, math.tau, math.inf, -math.inf)
        return math.pi * x * x
    if op == "big":
        return [math.log(10 ** x), math.floor(10 ** x), math.sqrt(2 ** 60)]
    return None
