# The list methods issue 3 names (append extend pop insert remove index sort reverse) on empty
# lists, negative and out-of-range indices, huge positions, non-ASCII strs, and aliases that see
# every in-place change; pop of an empty list, remove of a missing item and index of a missing
# item raise as in CPython.
# fallback-ok: the sort key -z of -2**63 is an integer past 64 bits (compiled code falls back by design)
# entry: lists
def lists(xs, v, i):
    ys = xs
    out = []
    xs.append(v)
    xs.extend([v, v])
    xs.extend("ab")
    xs.extend(range(0))
    xs.insert(i, "ins")
    xs.insert(-i, "neg")
    out.append([ys is xs, len(ys), xs.index(v), xs.index("ins"), xs.count(v)])
    xs.remove(v)
    out.append(xs.pop())
    out.append(xs.pop(0))
    out.append(xs.pop(-1) if xs else None)
    zs = [z for z in xs if isinstance(z, str)]
    zs.sort()
    out.append(zs)
    zs.sort(reverse=True)
    zs.reverse()
    out.append(zs)
    ns = [z for z in xs if isinstance(z, int)]
    ns.sort(key=lambda z: -z)
    out.append(ns)
    xs.reverse()
    out.append(ys)
    out.append([xs.index(v, 0, len(xs)) if v in xs else -1])
    if i == 99:
        [].pop()
    if i == 98:
        xs.remove("missing")
    if i == 97:
        xs.index("missing")
    return out
