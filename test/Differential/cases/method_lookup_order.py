# entry: main
# CPython looks a method up on its receiver before it evaluates the arguments:
# a receiver without the method raises AttributeError before any argument runs.
def main(x, k):
    log = []

    def note(v):
        log.append(v)
        print("note", v)
        return v

    if k == 0:
        x.append(print("hi"))
    elif k == 1:
        x.append(note(1) + 1)
    elif k == 2:
        x.extend([note(2), note(3)])
    elif k == 3:
        y = x.pop(note(0))
        return [y, x, log]
    elif k == 4:
        x.insert(note(0), note("a"))
    elif k == 5:
        x.append(1 / note(0))
    elif k == 6:
        return x.upper().split(note(","))
    elif k == 7:
        x.update(a=note(1))
    elif k == 8:
        return ", ".join([x.strip(note(" ")), x.get(note("k"))])
    elif k == 9:
        getattr(x, "append")
        return "found"
    return [x, log]
