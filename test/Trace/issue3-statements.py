# Issue 3's statements in both tracers: for over a str (non-ASCII), a range with a negative step, a
# dict and its items, and a tuple; for/while with else, break and continue; augmented assignment in
# place for lists (seen through an alias) and rebinding for tuples; subscript assignment with a
# negative index; del of a key, a slice and a name; global; nonlocal; closures capturing by
# reference; default values evaluated once; keyword arguments; assert, raise and
# try/except/else/finally. CPython's answers; identical traces.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-statements.jsonl --entry run -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-statements.jsonl --entry run --source %s -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "{{\[\[}}0, 0, 'no-break', 'while-else', 0], [True, 1, 0], [(0, 1), (0,), False], {{\[\[}}], {0: 'int key'}], 'unbound after del', [1, 1, 1, 1, 2], [-9, -9], [2, 2, 2], 'zero', 'finally']", "stdout": "", "json": {{\[\[}}0, 0, "no-break", "while-else", 0], [true, 1, 0], {{\[\[}}0, 1], [0], false], {{\[\[}}], {"0": "int key"}], "unbound after del", [1, 1, 1, 1, 2], [-9, -9], [2, 2, 2], "zero", "finally"]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}'h', 'é', 'l', 'l', 'o', 5, 3, 1, -1, -3, -5, 'a', 'b', 1, 2, 3, 5, 1, 2, 'no-break', 3], [True, 4, 5], [(5, 1), (5,), False], {{\[\[}}'héllo', 0, 2], {'a': 1, 'b': 2, 5: 'int key'}], 'unbound after del', [1, 6, 6, 1, 2], [-4, -4], [2, 2, 2], ['else', 20], 'finally']", "stdout": "", "json": {{\[\[}}"h", "é", "l", "l", "o", 5, 3, 1, -1, -3, -5, "a", "b", 1, 2, 3, 5, 1, 2, "no-break", 3], [true, 4, 5], {{\[\[}}5, 1], [5], false], {{\[\[}}"héllo", 0, 2], {"a": 1, "b": 2, "5": "int key"}], "unbound after del", [1, 6, 6, 1, 2], [-4, -4], [2, 2, 2], ["else", 20], "finally"]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}'日', '本', 'é', [1], 3, 2, 3, 'neg', 'while-else', 0], [True, 4, -2], [(-2, 1), (-2,), False], {{\[\[}}'日本', -1, 4], {'é': [1], -2: 'int key'}], 'unbound after del', [1, -1, -1, 1, 2], [-11, -11], [2, 2, 2], ['assert', 'negative 日本'], 'finally']", "stdout": "", "json": {{\[\[}}"日", "本", "é", [1], 3, 2, 3, "neg", "while-else", 0], [true, 4, -2], {{\[\[}}-2, 1], [-2], false], {{\[\[}}"日本", -1, 4], {"é": [1], "-2": "int key"}], "unbound after del", [1, -1, -1, 1, 2], [-11, -11], [2, 2, 2], ["assert", "negative 日本"], "finally"]}{{$}}
# OUT-NEXT: {{^}}{"error": "KeyError", "stdout": ""}{{$}}
# TRACE-DAG: del d$1["new"]
# TRACE-DAG: del xs$1[(-1):]
# TRACE-DAG: del y$1
# TRACE-DAG: raise KeyError
# TRACE-DAG: except AssertionError
# TRACE-DAG: except ValueError
# TRACE-DAG: finally
# TRACE-DAG: break 'cont5 None
# TRACE-DAG: break 'brk6 None
# TRACE-DAG: set alias$1 = (alias$1 += [k$1])
# TRACE-DAG: set COUNTER = (COUNTER += by$2)
# TRACE-DAG: ->n = (
# TRACE-DAG: isFunction(inc$1

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
    out.append([t, u, t is u])
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
    try:
        y
    except UnboundLocalError:
        out.append("unbound after del")
    out.append([bump(), bump(by=k), COUNTER, remember(s), remember(k)])
    inc, peek = make_counter(k)
    inc()
    inc(step=-10)
    out.append([peek(), inc(step=0)])
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    out.append([f() for f in fs])
    try:
        assert k >= 0, "negative " + s
        if k > 100:
            raise ValueError("too big: %d" % k)
        r = 100 // k
    except AssertionError as e:
        out.append(["assert", str(e)])
    except ValueError as e:
        out.append(["value", e.args])
    except ZeroDivisionError:
        out.append("zero")
    else:
        out.append(["else", r])
    finally:
        out.append("finally")
    if s == "raise":
        raise KeyError(s)
    return out
