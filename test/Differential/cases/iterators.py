# iter/next, enumerate, zip and reversed as lazy iterators; a list appended to during a for loop.
# entry: run
def run(mode, xs):
    out = []
    if mode == 0:
        # A list iterator is index-based: appends during the loop are seen.
        for x in xs:
            if len(xs) < 6:
                xs.append(x * 2)
            out.append(x)
        else:
            out.append("else")
    elif mode == 1:
        it = iter(xs)
        first = next(it, None)
        rest = list(it)
        out.append([first, rest, next(it, "end")])
        out.append(next(it))  # StopIteration when exhausted
    elif mode == 2:
        for i, x in enumerate(xs, -2):
            out.append((i, x))
        out.append(list(enumerate("héllo€", 10 ** 20)))
        out.append(list(zip(xs, "ab", range(5))))
        out.append(list(zip()))
        out.append(list(reversed(xs)))
        out.append(list(reversed(range(-3, 9, 4))))
        out.append("".join(reversed("naïve→")))
        out.append(tuple(reversed((1, "two", 3.0))))
    elif mode == 3:
        # One iterator shared by two loops: each item is taken once.
        it = iter(xs)
        for a in it:
            for b in it:
                out.append((a, b))
                break
    elif mode == 4:
        # zip stops at the shortest input, after taking an item from the earlier ones.
        a = iter(xs)
        b = iter([10])
        out.append(list(zip(a, b)))
        out.append(list(a))
        z = zip(xs, xs)
        out.append(next(z))
        out.append(sorted(zip(xs, range(len(xs)))))
        out.append(sum(iter(xs)))
        out.append(max(iter(xs)))
        out.append(min(reversed(xs)))
        out.append(any(iter([0, 0, 1])))
        it = iter([0, 1, 2, 3])
        out.append(any(it))
        out.append(list(it))  # any() stopped after the first true item
        it = iter([1, 0, 5])
        out.append(all(it))
        out.append(next(it))
    elif mode == 5:
        e = enumerate(xs)
        a, b = next(e)
        out.append(a + b)
        out.append(tuple(e))
        out.append(dict(enumerate("ab")))
        out.append(dict(zip("xyz", xs)))
        out.append(2 in iter(xs))
        it = iter(xs)
        out.append(xs[-1] in it)
        out.append(list(it))
        r = reversed(xs)
        xs.pop()
        out.append(list(r))
    elif mode == 6:
        for c in 5:  # TypeError: 'int' object is not iterable
            out.append(c)
    elif mode == 7:
        out.append(next(xs))  # TypeError: 'list' object is not an iterator
    elif mode == 8:
        out.append(reversed(iter(xs)))  # TypeError: not reversible
    elif mode == 9:
        it = iter(xs)
        out.append(it is iter(it))
        out.append(it == it)
        out.append(bool(iter([])))
        out.append(isinstance(enumerate(xs), enumerate))
        out.append(isinstance(zip(), enumerate))
        out.append(repr(enumerate))
        n = 0
        for i in range(2 ** 62, 2 ** 62 + 3):
            n += i - 2 ** 62
        out.append(n)
        for c in "":
            out.append(c)
        else:
            out.append("empty")
        for k in []:
            pass
        out.append(len(list(iter(range(-5, 5, 3)))))
    return out
