# `**` in dict displays and `*` in set displays (issue 3's "* / ** in displays") on empty,
# non-ASCII and overlapping inputs: later keys win and keep the first key's position; a non-dict
# after ** raises TypeError.
# fallback-ok: a non-dict after '**' raises TypeError, where compiled code falls back
# entry: splats
def splats(d, e, s):
    merged = {**d, "k": 0, **e}
    nested = {**{}, **d}
    chars = {*s}
    both = {*s, *s, "x"}
    return [merged, list(merged), nested, nested is d, len(chars), sorted(chars), sorted(both), {**d} == d]
