# `for` over a dict or a dict view sees values assigned during the loop and raises RuntimeError
# when the dict changes size (CPython's dict iterators), instead of iterating a snapshot.
# entry: run
def run(mode, n):
    d = {"a": 1, "b": 2, "c": 3}
    out = []
    if mode == 0:
        for k, v in d.items():
            d["c"] = v * 100  # assigned before "c" is reached: the loop sees it
            out.append((k, v))
    elif mode == 1:
        for v in d.values():
            if v == 1:
                d["b"] = -n
            out.append(v)
    elif mode == 2:
        for k in d:
            out.append(k)
            d[k + k] = 0  # RuntimeError: dictionary changed size during iteration
    elif mode == 3:
        for k in d.keys():
            out.append(k)
            if k == "c":
                del d["a"]  # raises on the next step, even though "c" was the last key
    elif mode == 4:
        for k in reversed(d):
            out.append(k)
            d[k] = len(out)
        out.append(d)
        out.append(list(reversed(d.items())))
        out.append(list(reversed(d.values())))
    elif mode == 5:
        it = iter(d)
        out.append(next(it))
        d.pop("c")
        d["c"] = 9
        out.append(len(d))
        for k in d:
            if k == "a":
                break
        else:
            out.append("no break")
        out.append(k)
    elif mode == 6:
        e = {}
        for k in e:
            out.append(k)
        else:
            out.append("empty")
        for k, v in {"é": 1, "日本": -(2 ** 70)}.items():
            out.append((k, v))
    elif mode == 7:
        for k in d:
            d.clear()  # size changed
    return out
