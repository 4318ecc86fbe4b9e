# Issue 3's list methods (append extend pop insert remove index sort reverse) compiled to Rust on
# empty lists, negative and out-of-range positions, non-ASCII items and an alias that sees every
# in-place change. pop of an empty list falls back (CPython raises IndexError there).
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-list-methods.jsonl --entry lists -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-list-methods.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "{{\[\[}}True, 7, 2, 1, 3], 'b', 'neg', 'a', ['ins'], ['ins'], [0, 0], [0, 0, 'ins'], [0]]", "stdout": "", "json": {{\[\[}}true, 7, 2, 1, 3], "b", "neg", "a", ["ins"], ["ins"], [0, 0], [0, 0, "ins"], [0]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}True, 10, 2, 1, 4], 'b', 3, 'neg', ['a', 'ins'], ['a', 'ins'], [2, 1, 1, 1], ['a', 1, 1, 1, 2, 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 10, 2, 1, 4], "b", 3, "neg", ["a", "ins"], ["a", "ins"], [2, 1, 1, 1], ["a", 1, 1, 1, 2, "ins"], [1]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}True, 9, 3, 7, 3], 'b', 'b', 'ins', ['a', 'a', 'neg', 'é', 'é'], ['a', 'a', 'neg', 'é', 'é'], [], ['a', 'é', 'é', 'a', 'neg'], [1]]", "stdout": "", "json": {{\[\[}}true, 9, 3, 7, 3], "b", "b", "ins", ["a", "a", "neg", "é", "é"], ["a", "a", "neg", "é", "é"], [], ["a", "é", "é", "a", "neg"], [1]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}True, 8, 1, 2, 3], 'b', 'z', 'a', ['ins', 'neg', '😀', '😀'], ['ins', 'neg', '😀', '😀'], [], ['neg', '😀', '😀', 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 8, 1, 2, 3], "b", "z", "a", ["ins", "neg", "😀", "😀"], ["ins", "neg", "😀", "😀"], [], ["neg", "😀", "😀", "ins"], [1]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: methods::append(
# RUST-DAG: methods::extend(
# RUST-DAG: methods::pop(
# RUST-DAG: methods::insert(
# RUST-DAG: methods::remove(
# RUST-DAG: methods::index(
# RUST-DAG: methods::sort(
# RUST-DAG: methods::reverse(

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
