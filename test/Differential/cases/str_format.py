# str.format and format(): automatic, manual and keyword fields, element accesses, conversions,
# nested specs, edge values, and format strings that come from the arguments. Compiled code
# must run all of it.
# entry: run
def run(name, n, x):
    if name.startswith("fmt:"):
        return name[4:].format(n, x, name=name, items=[n, x])
    out = []
    out.append("{}: {}".format(name, n))
    out.append("{0} {1} {0!r} {1!s:>8} {0!a}".format(name, x))
    out.append("{name} is {n:+d}, {x:.3f}".format(name=name, n=n, x=x))
    out.append("{0[0]}|{0[1]:>5}|{d[k]}|{d[k2][1]}".format([name, n], d={"k": x, "k2": (1, n)}))
    out.append("{:{}}|{:^{w}.{p}f}|{:{fill}>9}".format(name, 12, x, "z", w=10, p=2, fill="*"))
    out.append("{:,}|{:_b}|{:#x}|{:o}|{:08.3e}|{:%}|{:g}|{:n}|{:c}".format(n, n, n, n, x, x, x, n, n % 55296))
    out.append("{{literal}} {{{}}}".format(n))
    out.append(format(n) + format(x) + format(name) + format(n, "=+12,") + format(x, "<12.4g") + format(name, "^9.2s"))
    for v in [x, -0.0, float("inf"), float("-inf"), float("nan"), n, True]:
        out.append("{0:7.2f}|{0:e}|{0:G}|{0:z.1f}|{0:010}|{0:}|{0!r}".format(v))
    return out
