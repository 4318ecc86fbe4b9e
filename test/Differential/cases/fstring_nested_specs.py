# f-strings: the `!a` conversion (ascii(): repr with non-ASCII escaped as \xhh, \uhhhh,
# \Uhhhhhhhh) and replacement fields nested in a format spec (`{x:>{w}.{p}f}`), evaluated as
# CPython 3.11 does: the value, then the nested fields left to right, then the conversion and
# the formatting.
# entry: run
log = []

def note(v):
    log.append(v)
    return v

def run(x, n, s, w, p, xs):
    log.clear()
    out = []
    out.append(f"{s!a}|{xs!a}|{n!a}|{x!a}|{None!a}|{ {s: xs}!a}")
    out.append(f"[{s!a:>{w}}] [{s!a:{'*'}^{w + 4}}]")
    out.append(f"{n:{w}d}|{n:{'+' if n >= 0 else ''}}|{n:{w},}|{n:_^{w}}")
    out.append(f"{x:>{w}.{p}f}|{x:{w}.{p}e}|{x:{''}}|{x:{p}}")
    out.append(f"{s:{w}}|{s:>{w}}|{s!r:{w}}|{s!s:<{w}}")
    out.append(f"{x:{w!r}}|{n:{p!s}}|{n:{'0' + str(w)}}")
    out.append(f"{note('a')}:{note('b'):{note('>')}{note(w)}}{note('c')!a:{note('')}}")
    ys = list(xs)
    out.append(f"{ys!r:{ys.append(n) or ''}}|{ys!a:{ys.clear() or '>'}{w}}")
    out.append(f"{n!r:>{w}}{'é'!a:{w}}")
    out.append(log)
    return out
