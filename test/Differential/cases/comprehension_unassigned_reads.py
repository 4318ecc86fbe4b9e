# A comprehension is a function of its own in CPython 3.11: reading a local of the enclosing
# function that is unassigned raises NameError for the free variable, and reading one of its own
# variables before the clause that binds it raises UnboundLocalError (NameError from a
# comprehension nested in it). Such comprehensions become functions in pyctl too; the others
# stay loops in the enclosing function.
# entry: main
# fallback-ok: compiled code falls back on a read of an empty cell and on the errors handlers catch
def main(xs, flag):
    out = []
    def get():
        nonlocal late2
        return late2
    try:
        out.append([(x, later) for x in xs])
    except NameError as e:
        out.append(repr(e))
    later = 1
    out.append([(x, later) for x in xs])
    if flag:
        cond = 5
    try:
        out.append({x: cond for x in xs if x})
    except NameError as e:
        out.append(repr(e))
    try:
        out.append([[y + z for y in xs] for z in [x for x in xs if cond]])
    except NameError as e:
        out.append(repr(e))
    g = lambda: [x * lam for x in xs]
    try:
        out.append(g())
    except NameError as e:
        out.append(repr(e))
    lam = flag
    out.append(g())
    del later
    try:
        out.append([x for x in xs if later])
    except NameError as e:
        out.append(repr(e))
    late2 = 3
    out.append([late2 for _ in xs])
    for attempt in (1, 2):
        try:
            out.append([y for x in xs if y for y in xs])
        except NameError as e:
            out.append(repr(e))
    try:
        out.append([1 for x in xs if [y for _ in xs] for y in xs])
    except NameError as e:
        out.append(repr(e))
    try:
        out.append([(lambda: x) and 1 for x in xs if [y for _ in xs] for y in xs])
    except NameError as e:
        out.append(repr(e))
    try:
        out.append({x: y for x in xs for y in [x, y]})
    except NameError as e:
        out.append(repr(e))
    out.append([(x, y) for x, y in zip(xs, xs) if y])
    return out
