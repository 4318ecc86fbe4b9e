# entry: main
# json.dumps / json.loads with CPython's exact text: default separators, ensure_ascii escaping
# (surrogate pairs past U+FFFF), sort_keys, indent, non-str keys, and the errors.
import json


def main(op, value):
    if op == "dumps":
        return json.dumps(value)
    if op == "sorted":
        return json.dumps(value, sort_keys=True)
    if op == "indent":
        return json.dumps(value, indent=2)
    if op == "unicode":
        return json.dumps(value, ensure_ascii=False)
    if op == "round":
        text = json.dumps(value)
        back = json.loads(text)
        print(text)
        return [back == value, back]
    if op == "loads":
        return json.loads(value)
    if op == "keys":
        return json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": [1, (2, 3)]})
    if op == "special":
        return json.dumps([float("inf"), -float("inf"), 1e16, -0.0, 10 ** 20])
    if op == "bad":
        return json.dumps(range(value))
    if op == "badkey":
        return json.dumps({(1, 2): value})
    if op == "cycle":
        xs = [value]
        xs.append(xs)
        return json.dumps(xs)
    return None
