# entry: main
# fallback-ok: CPython raises the errors it catches (list modified during sort), where compiled code falls back
# list.sort with a bound method of the list itself as key= (QA7b F2): CPython empties the list while it
# sorts and raises when the key changed it; compiled code falls back on such a key.


def main(ws, mode):
    xs = list(ws)
    try:
        if mode == "remove":
            xs.sort(key=xs.remove)
        elif mode == "extend":
            xs.sort(key=xs.extend)
        elif mode == "pop":
            xs.sort(key=xs.pop)
        elif mode == "sorted":
            r = sorted(xs, key=xs.append)
            return ["sorted", r, xs]
        elif mode == "count":
            xs.sort(key=xs.count)
        elif mode == "clear0":
            ys = [1]
            xs.sort(key=ys.append)
            return ["ys", xs, ys]
        elif mode == "setd":
            d = {}
            xs.sort(key=d.setdefault)
            return ["d", xs, d]
        return ["ok", xs]
    except (ValueError, IndexError, TypeError) as e:
        return [type(e).__name__, str(e), xs]
