# Attribute accesses in str.format fields ({0.real}, {x.imag}, {0.real.imag}, {[0].real}) and
# the reads x.real / x.imag of ints, bools and floats: CPython's values (int.real is an int, a
# bool's too; float.imag is 0.0), in every stage; compiled code runs them.
# entry: main
def main(x, y):
    out = ["{0.real}|{0.imag}|{0.real.imag}|{x.imag}".format(x, x=y)]
    out.append("{.real!r:>8}|{[0].imag}|{}".format(y, [x], "é"))
    out.append("«{k.real:+08.2f}» {k.imag!s:^5} ñ".format(k=y))
    out.append("{0:{1.real}}|{0.real:{1.real}}".format(x, 6))
    out.append(f"{x.real} {y.imag} {x.real + y.real} {x.real!r:>4}")
    out.append([getattr(x, "imag"), getattr(y, "real"), x.real, y.imag, True.real])
    return out
