# entry: main
# Generator expressions as arguments of builtins and methods that only iterate them: lazy
# (any/all/next stop early, the side effects of print show the order), conditions before the
# element, tuple targets unpacked once, enclosing variables read by reference.
def main(args):
    xs = args.get("xs", [])
    words = args.get("words", [])
    k = 2
    out = {}
    out["sum"] = sum(x * k for x in xs)
    out["join"] = ",".join(str(x) for x in xs if x % 2 == 0)
    out["any"] = any(print("any", x) or x > 3 for x in xs)
    out["all"] = all(x < 100 for x in xs)
    out["next"] = next((w for w in words if w.startswith("b")), None)
    out["max"] = max((len(w) for w in words), default=-1)
    out["sorted"] = sorted((w.upper() for w in words), key=len)
    pairs = list(zip(words, xs))
    out["dict"] = dict((w, x) for w, x in pairs if x != 0)
    out["set"] = sorted(set(x % 3 for x in xs))
    out["tuple"] = tuple(i * j for i, j in enumerate(xs) if i if j)
    out["enum"] = list(enumerate(c for c in "".join(words) if c not in "aeiou"))
    acc = []
    acc.extend(x + 1 for x in range(len(xs)))
    out["acc"] = acc
    d = {}
    d.update((w, len(w)) for w in words)
    out["d"] = d
    out["nested"] = sum(sum([y for y in range(x % 50)]) for x in xs if x > 0)
    k = 10
    lazy = map(str, (x * k for x in xs))
    k = 100
    out["late"] = list(lazy)
    # Inside a comprehension, a generator expression reads the comprehension's variables
    # (the comprehension becomes CPython's function form, as with a lambda).
    y = 100
    out["in_comp"] = [sum(x * y for x in range(2)) for y in xs]
    out["in_comp_if"] = [y for y in xs if any(x == y for x in [2, 3])]
    out["in_comp_next"] = [next((x for x in xs if x > y), -1) for y in xs]
    out["in_dictcomp"] = {y: list(v * y for v in xs) for y in words}
    out["y"] = y
    return out
