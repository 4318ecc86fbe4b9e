# Float repr and str(), true division and round half-to-even on floats at their edges: zero,
# negative zero, halves, shortest round trip (0.1 + 0.2), exponents at 1e16 and 1e-5, huge,
# tiny, inf and nan made by arithmetic, and round with ndigits.
# entry: floats
def floats(x):
    y = x * 3
    out = [repr(x), str(x), repr(y), str(x / 7), repr(x + 0.1), repr(-x), str(x * 1e16)]
    small = abs(x) < 1e15
    out.append([round(x) if small else None, round(x, 1), round(x, 2), round(-x) if small else None, round(x, 0), round(x * 10, -1)])
    out.append([x // 1, x % 1, -x // 1, -x % 1, x % -0.75, x // 0.1])
    out.append([x == 0, x < 0, bool(x), x != x, 1e308 * (x + 1) > 1e308])
    big = x * 1e308 * 10
    out.append([big, -big, big - big == big - big, str(big), repr(big * 0)])
    out.append([int(x * 1000) if small else None, float(str(x)) == x, f"{x:.2f}", f"{x:>12}", "%g" % x, "%.3e" % x])
    return out
