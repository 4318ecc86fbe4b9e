# Builtins and methods compiled code runs (it fell back on them before): print with sep/end,
# int.bit_length, float.is_integer, str.capitalize/title/swapcase, partition, rpartition,
# removeprefix, removesuffix, splitlines, ord, chr, ascii, pow with and without a modulus.
# entry: run
def run(s, n, x):
    out = []
    print(s, n, x, sep="|")
    print(s, n, sep="", end="!\n")
    print(n, sep=None, end=None)
    out.append([n.bit_length(), (n // 3).bit_length(), True.bit_length(), x.is_integer()])
    out.append([s.capitalize(), s.title(), s.swapcase()])
    out.append([s.partition(" "), s.rpartition(" "), s.partition("zz"), s.rpartition("zz")])
    out.append([s.removeprefix("ab"), s.removesuffix("d!"), s.removeprefix(""), s.splitlines(), s.splitlines(True)])
    out.append([ord(c) for c in s[:3]] + [chr(n % 55296), chr(0x10FFFF), ascii(s), ascii([s, x])])
    out.append([pow(n, 2), pow(x, 2), pow(2, -1), pow(n, 3, 1000), pow(n % 97 + 1, -1, 97), pow(n, 5, -7), pow(3, 0, 1)])
    return out
