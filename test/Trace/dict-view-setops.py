# Set operations on dict_keys / dict_items views run as CPython 3.11's dictviews_sub / _or /
# _xor (dictitems_xor for two items views) and _PyDictView_Intersect: the result is a set, laid
# out as CPython lays it out (so a set of ints prints in CPython's order); the other operand may
# be any iterable, on either side; d.keys().isdisjoint(x) too. dict_values is not set-like. Both
# tracers give CPython's result lines.
# RUN: printf '[[1, 2, 3], [2, 3, 4]]\n[[], [5]]\n[[40, 8, 16], [8, 1]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json | FileCheck %s
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry values -o %t.v.json | FileCheck --check-prefix=VALUES %s

# CHECK:      {"repr": "[{1}, {4}, {2, 3}, {1, 2, 3, 4}, {1, 4}, {(1, 0)}, False, True, [4, True], \"unhashable type: 'list'\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "[set(), {5}, set(), {5}, {5}, set(), True, True, [1, True], set()]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "[{40, 16}, {1}, {8}, {40, 8, 16, 1}, {40, 1, 16}, {(16, 2), (40, 0)}, False, True, [4, True], \"unhashable type: 'list'\"]", "stdout": ""{{.*}}}
# VALUES: unsupported operand type(s) for -: 'dict_values' and 'set'

def main(a, b):
    d = {k: i for i, k in enumerate(a)}
    e = {k: i for i, k in enumerate(b)}
    out = [d.keys() - b, b - d.keys(), d.keys() & e.keys(), d.keys() | b, d.keys() ^ e.keys()]
    out.append(d.items() - {k: i + 1 for i, k in enumerate(b)}.items())
    out.append(d.keys().isdisjoint(b))
    out.append(d.items().isdisjoint([[1], 3]))
    s = {"a"}
    s |= d.keys()
    out.append([len(s), 'a' in s])
    try:
        out.append({k: [k] for k in a}.items() & [(k, [k]) for k in a])
    except TypeError as ex:
        out.append(str(ex))
    return out


def values(a, b):
    d = dict.fromkeys(a, 0)
    try:
        return d.values() - {1}
    except TypeError as ex:
        return str(ex)
