# entry: errors
# fallback-ok: compiled code falls back on set operations of dict views
# The TypeErrors of set operations on dict views, with CPython's messages: dict_values is not
# set-like, a non-iterable operand, unhashable items (an items view's & hashes only the pairs it
# keeps; ^ of two items views compares values without hashing the equal pairs).
def errors(op, a):
    d = {k: [k] for k in a}
    try:
        if op == 0:
            return d.values() - {1}
        if op == 1:
            return d.keys() - 5
        if op == 2:
            return 5 & d.keys()
        if op == 3:
            return d.items() - {1}
        if op == 4:
            return d.items() & [(1, [1]), 5, [1]]
        if op == 5:
            return [(1, [1])] & d.items()
        if op == 6:
            return d.keys().isdisjoint(5)
        if op == 7:
            return d.keys().isdisjoint([[1]])
        if op == 8:
            return d.items().isdisjoint([[1], 3])
        if op == 9:
            return d.items() ^ d.items()
        if op == 10:
            return d.items() ^ [(1, 2)]
        if op == 11:
            return d.keys() | None
        if op == 12:
            return d.keys().isdisjoint()
    except TypeError as ex:
        return "TypeError: " + str(ex)
