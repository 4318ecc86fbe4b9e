# Issue 3's statements compiled to Rust: for over a str (non-ASCII), a range with a negative step,
# a dict and its items, and a tuple; for/while with else, break and continue; augmented assignment
# in place for lists (seen through an alias) and rebinding for tuples; subscript assignment with a
# negative index; del of a key, a slice and a name; global; nonlocal; closures capturing by
# reference; default values evaluated once; keyword arguments; assert. A failing assert and a
# raise of KeyError fall back (CPython raises there; compiled code never raises).
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-statements.jsonl --entry run -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-statements.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "{{\[\[}}0, 0, 'no-break', 'while-else', 0], [True, 1, 0], [(0, 1), (0,), True], {{\[\[}}], {0: 'int key'}], 'rebound after del', [1, 1, 1, 1, 2], [-9, -9], [2, 2, 2]]", "stdout": "", "json": {{\[\[}}0, 0, "no-break", "while-else", 0], [true, 1, 0], {{\[\[}}0, 1], [0], true], {{\[\[}}], {"0": "int key"}], "rebound after del", [1, 1, 1, 1, 2], [-9, -9], [2, 2, 2]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'h', 'é', 'l', 'l', 'o', 5, 3, 1, -1, -3, -5, 'a', 'b', 1, 2, 3, 5, 1, 2, 'no-break', 3], [True, 4, 5], [(5, 1), (5,), True], {{\[\[}}'héllo', 0, 2], {'a': 1, 'b': 2, 5: 'int key'}], 'rebound after del', [1, 6, 6, 1, 2], [-4, -4], [2, 2, 2]]", "stdout": "", "json": {{\[\[}}"h", "é", "l", "l", "o", 5, 3, 1, -1, -3, -5, "a", "b", 1, 2, 3, 5, 1, 2, "no-break", 3], [true, 4, 5], {{\[\[}}5, 1], [5], true], {{\[\[}}"héllo", 0, 2], {"a": 1, "b": 2, "5": "int key"}], "rebound after del", [1, 6, 6, 1, 2], [-4, -4], [2, 2, 2]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'日', '本', 'é', [1], 3, 2, 3, 'neg', 'while-else', 0], [True, 4, -2], [(-2, 1), (-2,), True], {{\[\[}}'日本', -1, 4], {'é': [1], -2: 'int key'}], 'rebound after del', [1, -1, -1, 1, 2], [-11, -11], [2, 2, 2]]", "stdout": "", "json": {{\[\[}}"日", "本", "é", [1], 3, 2, 3, "neg", "while-else", 0], [true, 4, -2], {{\[\[}}-2, 1], [-2], true], {{\[\[}}"日本", -1, 4], {"é": [1], "-2": "int key"}], "rebound after del", [1, -1, -1, 1, 2], [-11, -11], [2, 2, 2]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}'x', 6, 4, 2, 0, -2, -4, -6, 'z', 'a', None, 0, 1, 1, 'no-break', 3], [True, 2, 101], [(101, 1), (101,), True], {{\[\[}}'x'], {'z': None, 'a': 0, 101: 'int key'}], 'rebound after del', [1, 102, 102, 1, 2], [92, 92], [2, 2, 2]]", "stdout": "", "json": {{\[\[}}"x", 6, 4, 2, 0, -2, -4, -6, "z", "a", null, 0, 1, 1, "no-break", 3], [true, 2, 101], {{\[\[}}101, 1], [101], true], {{\[\[}}"x"], {"z": null, "a": 0, "101": "int key"}], "rebound after del", [1, 102, 102, 1, 2], [92, 92], [2, 2, 2]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: del_index(
# RUST-DAG: del_slice(
# RUST-DAG: del_name(
# RUST-DAG: closure_with_defaults(
# RUST-DAG: new_cell(

# The statements of issue 3 at their edges: for over every iterable kind (empty, non-ASCII str,
# dict, tuple, range with a negative step), for/while with else, break and continue, augmented
# assignment in place for lists (seen through an alias), subscript assignment (negative index,
# dict key), del, global, nonlocal, nested closures capturing by reference, default values
# evaluated once, keyword arguments, assert, raise and try/except/else/finally.
COUNTER = 0
SEEN = []

def bump(by=1):
    global COUNTER
    COUNTER += by
    return COUNTER

def remember(x, acc=[]):
    acc.append(x)
    return len(acc)

def make_counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def peek():
        return n
    return inc, peek

def loops(s, xs, d, k):
    got = []
    for c in s:
        got.append(c)
    for i in range(min(k, 6), -min(k, 6) - 1, -2) if k > 0 else range(0):
        got.append(i)
    for key in d:
        got.append(key)
    for key, val in d.items():
        got.append(val)
    for t in (xs, s):
        got.append(len(t))
    for x in xs:
        if x == 0:
            continue
        if x < 0:
            got.append("neg")
            break
        got.append(x)
    else:
        got.append("no-break")
    i = 0
    while i < k:
        i += 1
        if i == 3:
            break
    else:
        got.append("while-else")
    got.append(i)
    return got

def run(s, xs, d, k):
    out = [loops(s, xs, d, k)]
    alias = xs
    alias += [k]
    alias *= 1
    out.append([xs is alias, len(xs), xs[-1]])
    t = (k,)
    u = t
    t += (1,)
    out.append([t, u, len(t) != len(u)])
    if xs:
        xs[-1] = "last"
        xs[0] = s
    d["new"] = k
    d[k] = "int key"
    out.append([xs, d])
    del d["new"]
    del xs[-1:]
    y = k
    del y
    y = "rebound after del"
    out.append(y)
    out.append([bump(), bump(by=k), COUNTER, remember(s), remember(k)])
    inc, peek = make_counter(k)
    inc()
    inc(step=-10)
    out.append([peek(), inc(step=0)])
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    out.append([f() for f in fs])
    assert k != 1, "one " + s
    if s == "raise":
        raise KeyError(s)
    return out
