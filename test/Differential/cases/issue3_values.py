# Every value kind of issue 3 at its edges: int (zero, negative, past 64 bits), float (zero,
# negative zero, huge, tiny), bool, None, str (empty, non-ASCII: length, indexing and slicing by
# code point), list, tuple, dict (insertion order) and range, through repr, str, len, truthiness,
# equality and type tests.
# fallback-ok: int(1e300) in v == int(v) is an integer past 64 bits (compiled code falls back by design)
# entry: describe
def kind(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, list):
        return "list"
    if isinstance(v, tuple):
        return "tuple"
    if isinstance(v, dict):
        return "dict"
    return "other"

def describe(v):
    out = [kind(v), repr(v), str(v), bool(v), v == v]
    if isinstance(v, (str, list, dict)):
        out.append(len(v))
    if isinstance(v, str) and v:
        out.append([v[0], v[-1], v[1:], v[::-1], v[-2:], len(v[::2])])
    if isinstance(v, list):
        t = tuple(v)
        out.append([t, len(t), t[-1:], t[:0], kind(t), t == tuple(v), list(t) == v])
    if isinstance(v, dict):
        out.append([list(v), list(v.values()), [k for k in v], kind(tuple(v.items()))])
    if isinstance(v, int) and not isinstance(v, bool):
        r = range(v % 7 - 3, v % 11, 2)
        out.append([r, len(r), list(r), r[-1] if r else None, bool(r), v + 1, -v, v * v, v - 2**64])
    if isinstance(v, float):
        out.append([v + 1, -v, v * v, v / 3, int(v) if abs(v) < 1e300 else None, v == int(v)])
    return out
