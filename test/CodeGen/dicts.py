# dicts: JSON objects in, insertion order, Python's key equality (1, 1.0 and True are one key),
# methods, live views with their own repr, membership, equality, and the JSON form of a result
# (only dicts with str keys have one). Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/dicts.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/dicts.jsonl | FileCheck %s
# A missing key, an unhashable key, and a non-dict argument fall back:
# RUN: printf '[{"name": "Bo"}, "zz"]\n[{"name": "Bo"}, ["list"]]\n[[1], "name"]\n' | %t.bin | FileCheck --check-prefix=FALLBACK %s
# FALLBACK-COUNT-3: {"fallback": true}

# CHECK:      {"repr": "[{'greeting': 'Hello, Ada', 'first': 'Boulder', 'has_name': True, 'pair_in_items': True, 'equal': True, 'sizes': [3, 3, 6], 'total': 3, 'top': 1, 'last': ('d', 1)}, {(1, 'a'): [], None: 0.5, -0.0: 'zero', 'n': 2, 'keys': ['name', 'place'], 'items': [('A', 1), ('d', 1), ('a', 1)]}, ['si', 'default'], dict_keys(['name', 'place', 'seen']), dict_values(['Ada', 'Boulder', True]), dict_items([('A', 1), ('d', 1), ('a', 1)]), {'A': 1, 'a': 1}]", "stdout": ""}
# CHECK-NEXT: {"repr": "[{'greeting': 'Hello, ', 'first': '', 'has_name': True, 'pair_in_items': True, 'equal': True, 'sizes': [2, 2, 6], 'total': 0, 'top': None, 'last': None}, {(1, 'a'): [], None: 0.5, -0.0: 'zero', 'n': 1, 'keys': ['name'], 'items': []}, ['si', 'default'], dict_keys(['name', 'seen']), dict_values(['', True]), dict_items([]), {}]", "stdout": ""}
# CHECK-NEXT: {"repr": "[{'greeting': 'Hello, Zoë ööh', 'first': [1, {'y': None}], 'has_name': True, 'pair_in_items': True, 'equal': True, 'sizes': [4, 4, 6], 'total': 7, 'top': 2, 'last': ('ö', 2)}, {(1, 'a'): [], None: 0.5, -0.0: 'zero', 'n': 3, 'keys': ['count', 'name', 'x'], 'items': [('Z', 1), ('o', 1), ('ë', 1), (' ', 1), ('ö', 2), ('h', 1)]}, ['si', 'default'], dict_keys(['name', 'count', 'x', 'seen']), dict_values(['Zoë ööh', 2, [1, {'y': None}], True]), dict_items([('Z', 1), ('o', 1), ('ë', 1), (' ', 1), ('ö', 2), ('h', 1)]), {' ': 1, 'Z': 1, 'h': 1, 'o': 1, 'ë': 1}]", "stdout": ""}
# CHECK-NEXT: {"repr": "[{'greeting': 'Hello, abba', 'first': 'abba', 'has_name': True, 'pair_in_items': True, 'equal': True, 'sizes': [2, 2, 6], 'total': 4, 'top': 2, 'last': ('b', 2)}, {(1, 'a'): [], None: 0.5, -0.0: 'zero', 'n': 1, 'keys': ['name'], 'items': [('a', 2), ('b', 2)]}, ['si', 'default'], dict_keys(['name', 'seen']), dict_values(['abba', True]), dict_items([('a', 2), ('b', 2)]), {'a': 2}]", "stdout": ""}


def main(args, key):
    name = args.get("name", "stranger")
    counts = {}
    for ch in name:
        counts[ch] = counts.get(ch, 0) + 1
    keys = args.keys()
    mixed = {1: "one", 1.0: "uno", True: "si", (1, "a"): [], None: 0.5, -0.0: "zero"}
    mixed.setdefault("n", len(args))
    popped = [mixed.pop(1), mixed.pop("absent", "default")]
    mixed.update({"keys": sorted(keys), "items": list(counts.items())})
    ordered = {}
    for k, v in sorted(counts.items()):
        ordered[k] = v
    args["seen"] = True
    view = args.values()
    summary = {
        "greeting": "Hello, " + name,
        "first": args[key],
        "has_name": "name" in args,
        "pair_in_items": ("name", name) in args.items(),
        "equal": dict(counts) == counts and ordered == counts and ordered is not counts,
        "sizes": [len(keys), len(view), len(mixed)],
        "total": sum(counts.values()),
        "top": max(counts.values()) if counts else None,
        "last": ordered.popitem() if ordered else None,
    }
    return [summary, mixed, popped, keys, view, counts.items(), ordered]
