# map and filter with builtin functions: lazy iterators whose function runs when an item is
# pulled (a raising item raises then, after what was printed before), the shortest of several
# iterables ends a map, filter(None, ...) keeps the truthy items.
# entry: run
def total_of(parts):
    m = map(int, parts)
    print("made")
    total = 0
    for v in m:
        print("got", v)
        total += v
    return total


def run(mode, data):
    out = []
    if mode == "ints":
        return list(map(int, data.split(",")))
    elif mode == "lazy":
        out.append(total_of(data.split(",")))
    elif mode == "multi":
        out.append(list(map(max, data, [4, 2], [0, 9, 9, 9])))
        out.append(list(map(divmod, data, range(1, 10))))
        out.append(list(map(min, "héllo", "wörld!")))
        out.append(list(map(abs, map(int, ["-1", "2", " -30 "]))))
        out.append(list(map(str, range(3))))
    elif mode == "filter":
        out.append(list(filter(None, data)))
        out.append(list(filter(bool, data)))
        out.append(list(filter(len, ["", "ß", "日本", "", "😀"])))
        out.append(list(filter(abs, [0, -1, 0.0, 2.5])))
        for i, x in enumerate(filter(None, data)):
            out.append((i, x))
    elif mode == "text":
        out.append("-".join(map(str, data)))
        out.append(list(map(len, ["héllo", "日本", "😀", ""])))
        out.append(sorted(map(len, data)))
        out.append(sum(map(len, data)))
        out.append(max(map(len, data)))
        out.append(list(map(repr, ["é", 1, None])))
        out.append(tuple(filter(None, map(str, data))))
    elif mode == "empty":
        out.append(list(map(int, [])))
        out.append(list(map(len, "", [1, 2])))
        out.append(list(filter(None, "")))
        out.append(next(map(str, []), "none"))
        out.append(list(filter(None, [0, "", None, [], 0.0, False])))
    elif mode == "steps":
        m = map(str, data)
        a = next(m)
        b = next(m, "?")
        out.append([a, b, list(m), list(m), next(m, "end")])
        f = filter(None, data)
        out.append(3 in f)
        out.append(list(f))
        g = map(int, ["0", "1", "2"])
        out.append(any(g))
        out.append(list(g))
        x, y = map(int, "3,4".split(","))
        out.append(x * y)
        out.append([isinstance(map(int, []), map), isinstance(filter(None, []), filter),
                    isinstance(map(int, []), filter), isinstance([], map)])
    elif mode == "errors":
        m = map(int, data.split(","))
        print("made", next(m))
        out.append(list(m))
    elif mode == "not_iterable":
        out.append(map(int, data))
    elif mode == "not_callable":
        out.append(list(filter(data, [1, 2])))
    return out
