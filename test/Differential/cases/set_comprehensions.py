# Set comprehensions: lowered to loops that `add` to a new set (a function of their own when they
# hold a lambda or read an unassigned local), filters and nested `for` clauses, side effects in
# order, sets of numbers shown in CPython's order, sets of strs only through order-free uses.
# entry: main
# fallback-ok: compiled code falls back where the order of a set of two or more items shows (mode basic) and on a set of functions (mode lambda)

ALLOWED = {w.lower() for w in ["Apple", "É", "b", "apple"]}

def double(x):
    print("double", x)
    return x * 2

def main(mode, xs, words):
    if mode == "basic":
        evens = {x for x in xs if x % 2 == 0}
        doubled = {double(x) for x in xs if x > 0}
        pairs = {(a, b) for a in xs for b in xs if a < b}
        nested = {x + y for x in xs if x > 0 for y in range(x % 5) if y % 2}
        x = "outer"
        shadow = {x for x in xs}
        return [evens, sorted(doubled), list(doubled), sorted(pairs), nested, x, len(shadow), shadow == set(xs)]
    if mode == "strs":
        lens = {len(w) for w in words}
        firsts = {w[:1] for w in words}
        upper = {w.upper() for w in words if w}
        allowed = [w for w in words if w in ALLOWED]
        return [sorted(lens), sorted(firsts), len(firsts), "é" in firsts, sorted(upper), "日本" in upper,
                len(upper), max(lens, default=None), allowed, len(ALLOWED)]
    if mode == "lambda":
        # A lambda inside: CPython's own function for the comprehension; each lambda sees its x.
        made = {(lambda: x * 3)() for x in xs}
        late = [f() for f in {lambda: x for x in xs[:1]}]
        return [made, late]
    if mode == "unassigned":
        if xs:
            s = {later + x for x in xs}
        later = 1
        return s
    if mode == "unhashable":
        return {(x, [x]) for x in xs}
    if mode == "not_iterable":
        return {x for x in len(xs)}
    return {w for w in words if w == "only"}
