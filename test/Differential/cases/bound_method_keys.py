# Bound methods of built-in values as values: key functions, map functions, aliases that see
# later changes of their receiver, and a missing key whose None key cannot be compared.
# entry: main
def main(d, words, keys):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    best = max(counts, key=counts.get) if counts else None
    ranked = sorted(counts, key=counts.get, reverse=True)
    looked = list(map(d.get, keys))
    lower = sorted(words, key=str.lower)
    get = d.get
    d["zz"] = 99
    late = get("zz")
    push = looked.append
    push(late)
    push(len(looked))
    fewest = min(words, key=counts.get, default="-")
    firsts = list(map(str.upper, words))
    by_d = sorted(keys, key=d.get)
    return [best, ranked, looked, lower, late, fewest, firsts, by_d]
