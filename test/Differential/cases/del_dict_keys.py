# del of dict keys: keys equal as Python values are one key (1, 1.0 and True), a deleted key put
# back goes last, a missing key raises KeyError, an unhashable one TypeError; the dict is shared
# (`seen` sees the deletions). Deleting while iterating over a copy of the keys is fine; over the
# dict itself CPython raises RuntimeError on the next step.
# entry: run
def run(d, keys, mode):
    seen = d
    n = 0
    if mode == "copy":
        for k in list(d):
            if k in keys:
                del d[k]
                n += 1
    elif mode == "live":
        for k in d:
            del d[k]
            n += 1
    elif mode == "back":
        for k in keys:
            v = d[k]
            del d[k]
            d[k] = v
    else:
        for k in keys:
            if isinstance(k, list) and len(k) == 2 and mode == "tuple":
                k = (k[0], k[1])
            del d[k]
            n += 1
    return [seen, list(d), len(d), n, seen is d]
