# entry: main
# CPython 3.11 compiles 'fmt' % (a, b) as an f-string when every conversion is
# %s, %r or %a: each item is converted before the next one is evaluated.


def grow(xs):
    xs.append(len(xs))
    return len(xs)


def main(xs, k):
    if k == 0:
        return "%s %s" % (xs, grow(xs))
    if k == 1:
        return "%r|%5s|%-6r|%.2s|%a" % (xs, grow(xs), xs, grow(xs), xs)
    if k == 2:
        # %d keeps the '%': the tuple is built first.
        return "%s %d" % (xs, grow(xs))
    if k == 3:
        return ("<%s>" "%%" "%s") % (xs, grow(xs))
    if k == 4:
        return "%s" % (xs,) + "%s" % (grow(xs),) + str(xs)
    if k == 5:
        return "%+05s|% s|%#s|%099s|" % (xs, grow(xs), "é", "")
    if k == 6:
        return "%s %s" % (xs, 1 // len(xs[1:]))
    if k == 7:
        return "%s %s" % (xs,)
    if k == 8:
        return "%s" % (xs, grow(xs))
    if k == 9:
        return "%100s|%s" % (xs, grow(xs))
    return "%.s|%5.0r|%s" % (xs, xs, grow(xs))
