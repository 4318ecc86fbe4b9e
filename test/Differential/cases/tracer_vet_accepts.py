# entry: main
# fallback-ok: compiled code falls back where CPython raises RuntimeError for a dict resized while iterated, and on the order of an int set with colliding hashes
# What the tracers' value checks must still accept, as CPython: sets of strs where their order
# cannot show (sorted, min / max without a key, any, all, len, in), sets of ints in any use,
# type() of the classes pyctl names, a dict whose values (not keys) change while iterated, a
# size change while iterated (RuntimeError), methods pyctl implements.
def main(k, v):
    s = set(v)
    if k == 0:
        return sorted(s), min(s) if s else None, max(s) if s else None
    if k == 1:
        return any(s), all(s), len(s), 'a' in s
    if k == 2:
        return [type(x).__name__ for x in v] + [type(s).__name__, type(None).__name__]
    if k == 3:
        d = dict.fromkeys(v, 0)
        out = []
        for key in d:
            d[key] = 1
            out.append(key)
        return out, d
    if k == 4:
        d = dict.fromkeys(v, 0)
        try:
            for key in d:
                d[str(key) + '!'] = 1
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)
        return d
    if k == 5:
        n = set([len(x) for x in v])
        return list(n), sum(n)
    if k == 6:
        return [x.upper() for x in v], ','.join(sorted(s))
    if k == 7:
        d = dict.fromkeys(v, 0)
        out = []
        for i, key in enumerate(d):
            out.append((i, key))
            d[key] = i
        return out, list(zip(d, d.values()))
