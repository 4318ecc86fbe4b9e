# The runtime semantics issue 3 names, at their edges: floor division and modulo with negative
# operands (ints and floats, zero dividends, 64-bit extremes), true division of ints, float repr
# and str() (shortest round trip, exponents, negative zero), round half-to-even (ints, floats,
# ndigits, negative ndigits), truthiness of every type, and integer results that leave 64 bits.
# fallback-ok: int / int with an operand past 2**53 (1 / 10**16) falls back in compiled code rather than risk a rounding difference
# entry: arith
def arith(a, b):
    out = [a // b, a % b, divmod(a, b), a / b, -a // b, -a % b, a // -b, a % -b]
    fa = float(a)
    out.append([fa // b, fa % b, fa / b, repr(fa / b), str(fa / b), f"{fa / b}"])
    out.append([round(a / b), round(a / b, 1), round(a, -1), round(a, -2), round(fa + 0.5)])
    out.append([a * b, a + b, a - b, a ** 2, a << 3, a >> 1, -a, abs(a)])
    out.append([bool(a), bool(a / b), not a, a and b, a or b])
    return out
