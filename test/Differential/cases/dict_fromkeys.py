# dict.fromkeys(iterable[, value]): the de-dup idiom list(dict.fromkeys(xs)) keeps first
# occurrences in order (1, 1.0 and True are one key), every key shares the one value object
# (a list appended to through one key shows under all of them), and the classmethod works
# on a dict instance too.
# entry: main
def main(tags, how):
    if how == "dedup":
        return list(dict.fromkeys(tags))
    if how == "shared":
        d = dict.fromkeys(tags, [])
        for k in d:
            d[k].append(k)
        return d
    if how == "value":
        return dict.fromkeys(tags, 0)
    if how == "inst":
        return {"x": 1}.fromkeys(tags, "v")
    if how == "str":
        return dict.fromkeys("".join([str(t) for t in tags]))
    if how == "dict":
        return dict.fromkeys(dict.fromkeys(tags, 1))
    if how == "range":
        return dict.fromkeys(range(len(tags)))
    if how == "tuple":
        return dict.fromkeys(tuple(tags), None)
    if how == "items":
        return dict.fromkeys({t: 1 for t in tags}.items())
    return sorted(dict.fromkeys(tags, len(tags)).items())
