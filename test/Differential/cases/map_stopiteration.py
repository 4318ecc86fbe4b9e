# A StopIteration raised by the function of a map() or filter() ends the consumer's iteration,
# as CPython's map.__next__ lets it out (here from the builtin next).
# entry: run
# fallback-ok: compiled code falls back where CPython's next raises StopIteration
def run(xs):
    its = [iter(x) for x in xs]
    total = sum(map(next, [iter(x) for x in xs]))
    kept = len(list(filter(next, [iter(x) for x in xs])))
    seen = []
    for v in map(next, its):
        seen.append(v)
    return list(map(next, [iter(x) for x in xs])), total, kept, seen
