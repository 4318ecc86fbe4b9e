# Sets of numbers shown in CPython's iteration order: deduplicated ids, set algebra, pop(),
# printing, `{*a, b}` displays and displays of constants.
# fallback-ok: compiled code falls back wherever the order of a set of two or more items shows
# entry: handler
def handler(event, context):
    ids = set(event.get("ids", []))
    seen = {0, 1, 2, 3}
    fresh = ids - seen
    out = {"unique": list(ids), "fresh": list(fresh), "both": list(ids & seen)}
    for uid in fresh:
        print("new", uid)
    merged = {*event.get("extra", []), -1}
    merged |= ids
    out["merged"] = repr(merged)
    drained = []
    while len(merged) > 2:
        drained.append(merged.pop())
    out["drained"] = drained
    out["left"] = sorted(merged)
    out["sym"] = list(ids ^ {5, 1099511627776, 2.5})
    return out
