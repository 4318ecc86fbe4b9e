# Issue 3's `for` over every iterable kind under for-to-while: a str (by code point, non-ASCII and
# astral), a dict (its keys, in insertion order), its items (a tuple target), a tuple, a range with
# a negative step, and empty ones of each; `for ... else` runs the else only without a break, and
# `continue` goes to the next item. The loop shape is the same for every kind (iteration runs in
# iter/next); the rewritten program prints what CPython prints.
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def kinds(s, d, t, n):
# CHECK:       {{^}}    [[IT:_it[0-9]+]] = iter(s){{$}}
# CHECK:       {{^}}    {{_it[0-9]+}} = iter(d){{$}}
# CHECK:       {{^}}    {{_it[0-9]+}} = iter(d.items()){{$}}
# CHECK:       {{^}}        (k, v) = [[V:_v[0-9]+]]{{$}}
# CHECK:       {{^}}    {{_it[0-9]+}} = iter(t){{$}}
# CHECK:       {{^}}            continue{{$}}
# CHECK:       {{^}}    if [[TV:_v[0-9]+]] is [[TS:_s[0-9]+]]:{{$}}
# CHECK-NEXT:  {{^}}        out.append('t done'){{$}}
# CHECK:       {{^}}    {{_it[0-9]+}} = iter(range(n, -n - 1, -3)){{$}}
# CHECK:       {{^}}    if {{_v[0-9]+}} is {{_s[0-9]+}}:{{$}}
# CHECK-NEXT:  {{^}}        out.append('range done'){{$}}
def kinds(s, d, t, n):
    out = []
    for c in s:
        out.append(c)
    for k in d:
        out.append(k)
    for k, v in d.items():
        out.append(v)
    for x in t:
        if x is None:
            continue
        out.append(x)
    else:
        out.append("t done")
    for i in range(n, -n - 1, -3):
        if i < -4:
            break
        out.append(i)
    else:
        out.append("range done")
    return out

def main():
    print(kinds("", {}, (), 0))
    print(kinds("hé😀", {"b": 1, "a": 2, "é": 3}, (None, 0, None, -1), 3))
    print(kinds("日本", {2: "x"}, (1,), 9))

main()

# RUN-OUT:      {{^}}['t done', 0, 'range done']{{$}}
# RUN-OUT-NEXT: {{^}}['h', 'é', '😀', 'b', 'a', 'é', 1, 2, 3, 0, -1, 't done', 3, 0, -3, 'range done']{{$}}
# RUN-OUT-NEXT: {{^}}['日', '本', 2, 'x', 1, 't done', 9, 6, 3, 0, -3]{{$}}
