# The math functions issue 3 names (sqrt floor ceil sin cos log), imported both as `import math`
# and `from math import ...`, on zero, negative zero, negative (ValueError), huge ints (past 64
# bits), huge and tiny floats, and log with a base.
# entry: calc
import math
from math import sqrt, floor, ceil

def calc(x):
    out = [math.sqrt(abs(x)), sqrt(abs(x)), math.floor(x), floor(x), math.ceil(x), ceil(x)]
    out.append([math.sin(x) if abs(x) < 1e300 else None, math.cos(x) if abs(x) < 1e300 else None])
    out.append([math.log(abs(x)) if x else None, math.log(abs(x), 2) if x else None, math.log(abs(x), 10) if x else None])
    out.append([math.floor(x) == math.ceil(x), type(math.floor(x)).__name__, math.pi, math.e])
    if x == -1:
        out.append(math.sqrt(x))
    if x == -2:
        out.append(math.log(0))
    return out
