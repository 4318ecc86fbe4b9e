# entry: main
# fallback-ok: compiled code falls back on the TypeErrors the handler catches (a receiver of another type, no receiver, a wrong argument count)
# A method read from its builtin type (str.lower, list.count, dict.get, ...) is CPython's
# method_descriptor: a function whose first argument is the receiver.


def main(names, k):
    try:
        if k == 0:
            return sorted(names, key=str.lower)
        if k == 1:
            return list(map(str.strip, names))
        if k == 2:
            return str.join(",", names)
        if k == 3:
            return [repr(str.lower), repr(list.append), str.upper == str.upper, str.upper == str.lower]
        if k == 4:
            return max(names, key=str.lower)
        if k == 5:
            return list(filter(str.isdigit, names))
        if k == 6:
            return str.split("a b  c", maxsplit=1)
        if k == 7:
            return [int.bit_length(True), int.bit_length(-255), float.is_integer(2.0)]
        if k == 8:
            return str.lower()
        if k == 9:
            return list.count(names, "b") + tuple.index(("x", "b"), "b")
        if k == 10:
            d = {"a": 1}
            dict.update(d, b=2)
            return [dict.get(d, "b"), sorted(map(dict.get, [d, d], ["a", "b"]))]
        if k == 11:
            xs = []
            for n in names:
                list.append(xs, str.upper(n))
            return xs
        return str.upper("é", 1)
    except TypeError as e:
        return "TypeError: " + str(e)
