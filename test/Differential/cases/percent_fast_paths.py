# %-formatting of ints, bools, strs and floats without flags, width or precision (the compiled
# runtime's fast path writes these straight into the result), next to the general path, in a
# for loop whose tests are comparisons. Ints past 64 bits (x + 1 at 2**63 - 1, x - 1 at -2**63)
# make compiled code fall back.
# entry: main
# fallback-ok: ints past 64 bits (2**63, -2**63 - 1) make compiled code fall back
def main(n, x, s):
    out = []
    for i in range(n):
        out.append("k%d" % (x - i))
        out.append("%s|%i|%u|%5d|%-3d|%03d" % (x - i, x, i, i, -i, i))
        if x - i < 0:
            out.append("neg %s" % (x - i))
    out.append("%d|%s|%i" % (True, False, False))
    out.append("%s:%s:%s" % (s, (x % 1000) / 3, s * 2))
    out.append("%s|%s|%s|%d|%d" % (float("nan"), -0.0, 1e16, -2.5, 7.9))
    out.append("%s" % s)
    if x > 0 and x == 9223372036854775807:
        out.append("%d" % (x + 1))
    if x < 0 and x == -9223372036854775807 - 1:
        out.append("%d" % (x - 1))
    return out
