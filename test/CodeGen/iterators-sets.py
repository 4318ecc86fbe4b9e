# Compiled code runs for loops through the runtime's iterators (list iterators see appends, dict
# iterators see assigned values and detect resizes) and computes with sets; results equal
# CPython's (expected lines computed with python3 3.11). A set whose order would show falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/iterators-sets.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/iterators-sets.jsonl | FileCheck %s

# RUST: builtins::iter(
# RUST: builtins::next_assign(
# RUST: op_ior({{.*}}set_display(vec![

# CHECK:      {"repr": "{{[[][[]}}3, 1, 2, 6, 2, 4], [(0, 'h'), (1, 'é'), (2, 'l'), (3, 'l'), (4, 'o')], [(3, 'o'), (1, 'l'), (2, 'l')], {'a': 10, 'b': 20}, [1, 2, 3, 4, 6], 5, [1, 2, 3, 4, 6, 9], [True, False], [0, 1, 2, 3, 4, 6]]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "{{[[][[]}}], [], [], {'a': 10, 'b': 20}, [], 0, [9], [True, False], [0]]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "{{[[][[]}}5, 5, -7, 10, 10, -14], [(0, 'a'), (1, 'b')], [(5, 'b'), (5, 'a')], {'a': 10, 'b': 20}, [-14, -7, 5, 10], 4, [-14, -7, 5, 9, 10], [True, False], [-14, -7, 0, 5, 10]]", "stdout": "", {{.*}}}

def main(xs, text):
    grown = list(xs)
    for x in grown:
        if len(grown) < 2 * len(xs):
            grown.append(2 * x)
    pairs = list(enumerate(text))
    zipped = list(zip(xs, reversed(text)))
    d = {"a": 1, "b": 2}
    for k in d:
        d["b"] = d["b"] * 10 if k == "a" else d[k]
    d["a"] = 10
    s = set(grown)
    total = len(s)
    t = s
    t |= {9}
    flags = [9 in s, 8 in s]
    u = s - {9}
    u ^= {0}
    return [grown, pairs, zipped, d, sorted(u - {0}), total, sorted(t), flags, sorted(u)]
