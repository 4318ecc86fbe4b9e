# printf-style formatting (str % args): conversions, flags, `*` widths, mappings, edge values,
# and format strings that come from the arguments. Compiled code must run all of it.
# entry: run
def run(name, n, x):
    if name.startswith("fmt:"):
        return name[4:] % (n, x)
    out = []
    out.append("%s: %d" % (name, n))
    out.append("%(name)s is %(n)d, %(x).3f" % {"name": name, "n": n, "x": x})
    out.append("%r %a %5s|%-5s|%.2s|%%" % (name, name, name, name, name))
    out.append("%x %X %#o %#x %i %u" % (n, n, n, n, n, n))
    out.append("%+05d|% d|%-6d|%*d|%-*d|%.*d" % (n, n, n, 7, n, -7, n, 3, n))
    out.append("%c%c" % (n % 55296, name[:1] or "?"))
    out.append("%s %r" % ([name, n], (x,)))
    out.append("%s" % x)
    for v in [x, -0.0, float("inf"), float("-inf"), float("nan"), n]:
        out.append("%5.2f|%-10.3e|%g|%G|%+.0f|%#.0f|%08.1F|% e" % (v, v, v, v, v, v, v, v))
    out.append("%d|%i" % (x, -x) if x == x and abs(x) != float("inf") else "-")
    return out
