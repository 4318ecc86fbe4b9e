# f-string format specs that start with '=' and hold nested fields ({x:=+{w}}, {x:={w}},
# {x:={w}.{p}f}, {s:=^{w}}), nested fields with a spec of their own ({x:{p:02}}), and the order
# CPython evaluates them in: the value, the nested fields left to right, then the conversion.
# entry: main
def width(w, log):
    log.append("width")
    return w


def main(x, s, w, p):
    log = []
    out = [f"{x:=+{w}}", f"{x:={w}}", f"{x:={w}.{p}f}", f"{x:=={w}}", f"{s:=^{w}}", f"{s:=<{w}}",
           f"{x :=+{w!r}}", f"{x:{p:02}}", f"{x:={p:>1}}", f"{x:=,}", f"{x!r:=^{w}}", f"{s!a:=>{w}}"]
    log.append(f"{log.append('value') or x:={width(w, log)}}")
    out.append(log)
    return out
