# entry: main
# `*` in displays: a tuple display without parentheses may spread iterables
# (in `return`, assignments, `for` headers), and a star spreads a whole
# operator expression or call (`[*f(x)]`, `[*a + b]`), which
# tree-sitter-python parses as `(*f)(x)` and `(*a) + b`.
import re


def pair_up(xs, tail):
    return *xs, tail


def main(args):
    xs = args.get("xs", [])
    word = args.get("word", "")
    t = *xs, len(word)
    u = 0, *word, *range(len(xs))
    total = 0
    for v in *xs, -1:
        total += v
    d = {"k": 1}
    d["k"] = *reversed(xs), *d
    spread = [*range(len(xs)), *xs + [9], *word.upper(), *re.findall(r"\w", word), *xs[::-1][:2]]
    return {"t": t, "u": u, "total": total, "pair": pair_up(word, 0), "d": d, "spread": spread}
