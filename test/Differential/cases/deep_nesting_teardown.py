# Values nested far deeper than a recursive free allows (x = [x] in a loop, 300000 levels): CPython
# frees them through its "trashcan"; the C++ evaluator and compiled code must free them without
# recursion too (Value.cpp releaseObject, runtime/rust/src/teardown.rs), not crash.
# entry: main
def main(args):
    n = args.get("n", 1)
    kind = args.get("kind", "list")
    if kind == "list":
        x = []
        for i in range(n):
            x = [x]
    elif kind == "dict":
        x = {}
        for i in range(n):
            x = {"k": x}
    elif kind == "tuple":
        x = ()
        for i in range(n):
            x = (i, x)
    else:
        x = {"é", 2}
        for i in range(n):
            x = [{"k": (x, i)}]
    # Walk down the nesting (iteratively) to check that it is intact.
    depth = 0
    y = x
    while True:
        if isinstance(y, list) and len(y) == 1:
            y = y[0]
        elif isinstance(y, dict) and "k" in y:
            y = y["k"]
        elif isinstance(y, tuple) and len(y) == 2:
            y = y[0] if kind == "mixed" else y[1]
        else:
            break
        depth += 1
    bottom = len(y)
    # Drop the whole nest in the middle of the call, then keep computing.
    x = None
    y = 0
    return {"len": 0 if x is None else 1, "depth": depth, "bottom": bottom, "kind": kind}
