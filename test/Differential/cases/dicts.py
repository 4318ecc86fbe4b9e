# Dict displays, methods, insertion order, numeric key equality, iteration.
# entry: main
def main(args):
    d = {"b": 1, "a": 2}
    d["c"] = d.get("missing", 10) + d.get("a")
    d[1] = "int"
    d[1.0] = "float replaces int"
    d[True] = "bool replaces both"
    keys = []
    for k in d:
        keys.append(k)
    total = 0
    for k, v in args.items():
        total += len(k)
    seen = d.setdefault("z", [])
    seen.append(5)
    popped = d.pop("b")
    d.update({"a": 20})
    return [keys, list(d.values()), sorted(args.keys()), total, popped, d, "a" in d, 3 in d]
