# map and filter with builtin functions are primApps like other builtins; their iterators are lazy,
# so int() runs when list() or the for loop pulls an item (after "made" was printed) and its
# ValueError comes from there. A user function (or lambda) given to map or filter runs inside
# whichever builtin pulls the items and is recorded there (map-filter-user.py); pulled anywhere
# else (unpacking, `in`) the evaluator refuses it. Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/map-filter.jsonl --entry f -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry user_map -o %t.um.json | FileCheck --check-prefix=USER-MAP %s
# RUN: pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry user_filter -o %t.uf.json | FileCheck --check-prefix=USER-FILTER %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry unpack_map -o %t.bad.json 2>&1 | FileCheck --check-prefix=REFUSED %s
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry in_filter -o %t.bad2.json 2>&1 | FileCheck --check-prefix=REFUSED %s
# RUN: pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry errors -o %t.err.json | FileCheck --check-prefix=ERRORS %s

# OUT:      {"repr": "{{[[][[]}}1, -2, 30], 29, ['1', '-2', ' 30']]", "stdout": "made\n1\n-2\n30\n", {{.*}}}
# OUT-NEXT: {"error": "ValueError", "stdout": "made\n4\n"}
# OUT-NEXT: {"error": "ValueError", "stdout": "made\n"}

# TRACE:      set m$1 = map(int, s$1.split(","))
# TRACE-NEXT: print("made")
# TRACE:      set _it0$1 = iter(m$1)
# TRACE:      set _v0$1 = next(_it0$1, _s0$1)
# TRACE:      filter(None, s$1.split(","))

# USER-MAP: {"repr": "[1]", "stdout": "", {{.*}}}
# USER-FILTER: {"repr": "[]", "stdout": "", {{.*}}}
# REFUSED: error: unsupported: a map() or filter() iterator called a user function (or lambda) where items are pulled outside a builtin or method call statement

# ERRORS: {"repr": "['TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError', [1, 2]]", "stdout": "", {{.*}}}

def f(s):
    m = map(int, s.split(","))
    print("made")
    total = 0
    for v in m:
        print(v)
        total += v
    return [list(map(int, s.split(","))), total, list(filter(None, s.split(",")))]

def user_map(n):
    return list(map(lambda x: x + 1, [n]))

def double(x):
    return 2 * x

def user_filter(n):
    return list(filter(double, [n]))

def unpack_map(n):
    a, b = map(double, [n, n])
    return a + b

def in_filter(n):
    return n in filter(double, [n, 1])

def errors(n):
    out = []
    try:
        map(int)
    except TypeError:
        out.append("TypeError")
    try:
        filter(None, n)
    except TypeError:
        out.append("TypeError")
    try:
        map(len, [1])
    except TypeError:
        out.append("unreached")
    m = map(len, [1])
    try:
        next(m)
    except TypeError:
        out.append("TypeError")
    try:
        list(filter(n, [1]))
    except TypeError:
        out.append("TypeError")
    try:
        filter(None, [1], [2])
    except TypeError:
        out.append("TypeError")
    out.append(list(map(min, [1, 5, 9], [3, 2])))
    return out
