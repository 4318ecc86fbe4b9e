# sorted()/list.sort() with CPython's comparisons in CPython's order (timsort's single run below
# 64 items): the first TypeError names the pair CPython compares first, and NaNs land where
# CPython puts them.
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
# entry: main
def main(xs, reverse):
    out = []
    try:
        out.append(sorted(xs, reverse=reverse))
    except TypeError as e:
        out.append(str(e))
    ys = list(xs)
    try:
        ys.sort(key=lambda v: v if isinstance(v, float) else v, reverse=not reverse)
        out.append(ys)
    except TypeError as e:
        out.append(str(e))
        out.append(ys)
    try:
        out.append([max(xs), min(xs)])
    except (TypeError, ValueError) as e:
        out.append(str(e))
    return out
