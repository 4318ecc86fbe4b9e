# Issue 3's list methods (append extend pop insert remove index sort reverse) in both tracers on
# empty lists, negative and out-of-range positions, non-ASCII items and an alias that sees every
# in-place change; pop of an empty list, remove and index of a missing item raise CPython's
# exceptions. Each is a methodCall; the two traces are identical.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-list-methods.jsonl --entry lists -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-list-methods.jsonl --entry lists --source %s -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "{{\[\[}}True, 7, 2, 1, 3], 'b', 'neg', 'a', ['ins'], ['ins'], [0, 0], [0, 0, 'ins'], [0]]", "stdout": "", "json": {{\[\[}}true, 7, 2, 1, 3], "b", "neg", "a", ["ins"], ["ins"], [0, 0], [0, 0, "ins"], [0]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}True, 10, 2, 1, 4], 'b', 3, 'neg', ['a', 'ins'], ['a', 'ins'], [2, 1, 1, 1], ['a', 1, 1, 1, 2, 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 10, 2, 1, 4], "b", 3, "neg", ["a", "ins"], ["a", "ins"], [2, 1, 1, 1], ["a", 1, 1, 1, 2, "ins"], [1]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}True, 9, 3, 7, 3], 'b', 'b', 'ins', ['a', 'a', 'neg', 'é', 'é'], ['a', 'a', 'neg', 'é', 'é'], [], ['a', 'é', 'é', 'a', 'neg'], [1]]", "stdout": "", "json": {{\[\[}}true, 9, 3, 7, 3], "b", "b", "ins", ["a", "a", "neg", "é", "é"], ["a", "a", "neg", "é", "é"], [], ["a", "é", "é", "a", "neg"], [1]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}True, 8, 1, 2, 3], 'b', 'z', 'a', ['ins', 'neg', '😀', '😀'], ['ins', 'neg', '😀', '😀'], [], ['neg', '😀', '😀', 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 8, 1, 2, 3], "b", "z", "a", ["ins", "neg", "😀", "😀"], ["ins", "neg", "😀", "😀"], [], ["neg", "😀", "😀", "ins"], [1]]}{{$}}
# OUT-NEXT: {{^}}{"error": "IndexError", "stdout": ""}{{$}}
# TRACE-DAG: .append(
# TRACE-DAG: .extend(
# TRACE-DAG: .pop(
# TRACE-DAG: .insert(
# TRACE-DAG: .remove(
# TRACE-DAG: .index(
# TRACE-DAG: .sort(
# TRACE-DAG: .reverse(

# The list methods issue 3 names (append extend pop insert remove index sort reverse) on empty
# lists, negative and out-of-range indices, huge positions, non-ASCII strs, and aliases that see
# every in-place change; pop of an empty list, remove of a missing item and index of a missing
# item raise as in CPython.
def lists(xs, v, i):
    ys = xs
    out = []
    xs.append(v)
    xs.extend([v, v])
    xs.extend("ab")
    xs.extend(range(0))
    xs.insert(i, "ins")
    xs.insert(-i, "neg")
    out.append([ys is xs, len(ys), xs.index(v), xs.index("ins"), xs.count(v)])
    xs.remove(v)
    out.append(xs.pop())
    out.append(xs.pop(0))
    out.append(xs.pop(-1) if xs else None)
    zs = [z for z in xs if isinstance(z, str)]
    zs.sort()
    out.append(zs)
    zs.sort(reverse=True)
    zs.reverse()
    out.append(zs)
    ns = [z for z in xs if isinstance(z, int)]
    ns.sort(key=lambda z: -z)
    out.append(ns)
    xs.reverse()
    out.append(ys)
    out.append([xs.index(v, 0, len(xs)) if v in xs else -1])
    if i == 99:
        [].pop()
    if i == 98:
        xs.remove("missing")
    if i == 97:
        xs.index("missing")
    return out
