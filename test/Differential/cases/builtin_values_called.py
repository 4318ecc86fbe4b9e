# Builtins, method descriptors and bound methods called through variables and containers; the
# compiled guards must fall over when a variable holds another callable than the trace saw.
# entry: main
def main(flag, s, k, x):
    conv = int if flag else float
    n = conv(s)
    fns = {"len": len, "abs": abs, "str": str}
    out = [n, fns[k](x)]
    for fn in (str.upper, str.lower, len):
        out.append(fn(s))
    f = (s + ",é,b").split
    out.append(f(","))
    out.append(f(",", maxsplit=1))
    items = []
    push = items.append
    push(s)
    push(n)
    out.append(items)
    return out
