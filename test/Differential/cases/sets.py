# Sets: displays, set(), len, in, methods and operators, and order-independent builtins
# (sorted, sum of ints, min, max, any, all). Iteration order of a set is never shown.
# entry: run
def run(mode, xs):
    out = []
    s = {3, 1, 2, 1.0, True}
    if mode == 0:
        out.append(len(s))
        out.append(sorted(s))
        out.append([2 in s, 2.0 in s, 5 in s, "2" not in s])
        t = set(xs)
        out.append(sorted(t | s))
        out.append(sorted(t & s))
        out.append(sorted(s - t))
        out.append(sorted(s ^ t))
        out.append([s == {1, 2, 3}, s != t, s <= {1, 2, 3, 4}, s < s, s >= set(), s > {1}])
        out.append([sum(s), min(s), max(s), any(s), all(s), all(set()), any(set())])
        out.append(sorted(s, reverse=True))
        out.append(set())
        out.append({"only"})
        out.append(len(set("mississippi")))
        out.append(sorted(set("héllo wörld")))
    elif mode == 1:
        t = set()
        for x in xs:
            t.add(x)
            t.add(x * 2)
        t.discard(0)
        t.discard(12345)
        out.append(sorted(t))
        t.remove(xs[0] * 2)
        u = t.copy()
        u.update([100], (200,))
        out.append([len(t), len(u), t.issubset(u), u.issuperset(t), t.isdisjoint({-1})])
        out.append(sorted(t.union([7], {8})))
        out.append(sorted(u.intersection(t, xs)))
        out.append(sorted(u.difference(t)))
        out.append(sorted(u.symmetric_difference([100, 9])))
        alias = t
        t |= {1000}
        t -= {xs[1]}
        t &= u | {1000}
        t ^= {5}
        out.append([alias is t, sorted(alias)])
        t.clear()
        out.append([len(t), bool(t), t])
        one = {42}
        out.append([one.pop(), one])
    elif mode == 2:
        # Which object an operation keeps: {1} | {1.0} is {1}, {1} & {1.0} is {1.0}.
        a = {1}
        b = {1.0}
        out.append([a | b, a & b, b & a, a - b, {2, 1} & b, a.intersection([1.0, True])])
        out.append({True, 1, 1.0})
        out.append(sorted({-(2 ** 70), 2 ** 65, 0, -1}))
        out.append(sum({10 ** 30, -1, 5}))
        out.append(isinstance(s, set))
        out.append(sorted({(1, 2), (0, 5)}))
    elif mode == 3:
        s.remove(99)  # KeyError
    elif mode == 4:
        out.append({[1], 2})  # TypeError: unhashable type: 'list'
    elif mode == 5:
        out.append(set().pop())  # KeyError: 'pop from an empty set'
    elif mode == 6:
        out.append(s | [4])  # TypeError: unsupported operand
    elif mode == 7:
        for x in {7}:  # one item: its order is known
            out.append(x)
        out.append(list({"a"}))
    return out
