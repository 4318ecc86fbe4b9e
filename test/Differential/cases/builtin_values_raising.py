# Builtins and bound methods called through variables that raise, caught by a handler.
# fallback-ok: every input catches an exception a builtin raised, which compiled code re-runs in the interpreter
# entry: main
def main(s, flag):
    conv = int if flag else float
    out = []
    for piece in s.split(","):
        try:
            out.append(conv(piece))
        except ValueError:
            out.append("bad")
    get = {"a": 1}.get
    try:
        r = get()
    except TypeError as e:
        r = str(e)
    out.append(r)
    return out
