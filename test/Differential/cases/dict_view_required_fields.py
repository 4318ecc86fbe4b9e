# entry: main
# fallback-ok: compiled code falls back on comparisons of dict views
# A handler's required-fields check compares payload.keys() with a set (QA7 F7).


def main(required, payload):
    keys = payload.keys()
    out = {}
    out["keys_eq_set"] = keys == set(required)
    out["set_eq_keys"] = set(required) == keys
    out["keys_ne_set"] = keys != set(required)
    out["keys_eq_keys"] = keys == dict.fromkeys(required).keys()
    out["items_eq_set"] = payload.items() == set(payload.items())
    out["missing"] = sorted(set(required) - set(keys))
    if keys == set(required):
        out["status"] = "exact"
    else:
        out["status"] = "mismatch"
    return out
