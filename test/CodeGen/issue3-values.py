# Issue 3's value kinds compiled to Rust: int (zero, negative), float (zero, negative zero, huge),
# bool, None, str (empty, non-ASCII: length, indexing and slicing by code point, emoji outside the
# BMP), list, tuple, dict in insertion order (non-ASCII keys) and range, through repr, str, len,
# truthiness, equality and isinstance. An int past 64 bits (argument, result or int(1e300)) falls
# back.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-values.jsonl --entry describe -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-values.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "['int', '0', '0', False, True, [range(-3, 0, 2), 2, [-3, -1], -1, True, 1, 0, 0, -4611686018427387904]]", "stdout": ""}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['int', '-7', '-7', True, True, [range(-3, 4, 2), 4, [-3, -1, 1, 3], 3, True, -6, 7, 49, -4611686018427387911]]", "stdout": ""}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['float', '0.0', '0.0', False, True, [1.0, -0.0, 0.0, 0.0, 0, True]]", "stdout": "", "json": ["float", "0.0", "0.0", false, true, [1.0, -0.0, 0.0, 0.0, 0, true]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['float', '-0.0', '-0.0', False, True, [1.0, 0.0, 0.0, -0.0, 0, True]]", "stdout": "", "json": ["float", "-0.0", "-0.0", false, true, [1.0, 0.0, 0.0, -0.0, 0, true]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['bool', 'True', 'True', True, True]", "stdout": "", "json": ["bool", "True", "True", true, true]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['bool', 'False', 'False', False, True]", "stdout": "", "json": ["bool", "False", "False", false, true]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['none', 'None', 'None', False, True]", "stdout": "", "json": ["none", "None", "None", false, true]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['str', \"''\", '', False, True, 0]", "stdout": "", "json": ["str", "''", "", false, true, 0]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['str', \"'héllo wörld'\", 'héllo wörld', True, True, 11, ['h', 'd', 'éllo wörld', 'dlröw olléh', 'ld', 6]]", "stdout": "", "json": ["str", "'héllo wörld'", "héllo wörld", true, true, 11, ["h", "d", "éllo wörld", "dlröw olléh", "ld", 6]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['str', \"'日本語テキスト'\", '日本語テキスト', True, True, 7, ['日', 'ト', '本語テキスト', 'トスキテ語本日', 'スト', 4]]", "stdout": "", "json": ["str", "'日本語テキスト'", "日本語テキスト", true, true, 7, ["日", "ト", "本語テキスト", "トスキテ語本日", "スト", 4]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['str', \"'😀x😀'\", '😀x😀', True, True, 3, ['😀', '😀', 'x😀', '😀x😀', 'x😀', 2]]", "stdout": "", "json": ["str", "'😀x😀'", "😀x😀", true, true, 3, ["😀", "😀", "x😀", "😀x😀", "x😀", 2]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['list', '[]', '[]', False, True, 0, [(), 0, (), (), 'tuple', True, True]]", "stdout": "", "json": ["list", "[]", "[]", false, true, 0, {{\[\[}}], 0, [], [], "tuple", true, true]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['list', \"[1, 'é', None, [2.5]]\", \"[1, 'é', None, [2.5]]\", True, True, 4, [(1, 'é', None, [2.5]), 4, ([2.5],), (), 'tuple', True, True]]", "stdout": "", "json": ["list", "[1, 'é', None, [2.5]]", "[1, 'é', None, [2.5]]", true, true, 4, {{\[\[}}1, "é", null, [2.5]], 4, {{\[\[}}2.5]], [], "tuple", true, true]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['dict', \"{'b': 1, 'a': [2], 'é': None}\", \"{'b': 1, 'a': [2], 'é': None}\", True, True, 3, {{\[\[}}'b', 'a', 'é'], [1, [2], None], ['b', 'a', 'é'], 'tuple']]", "stdout": "", "json": ["dict", "{'b': 1, 'a': [2], 'é': None}", "{'b': 1, 'a': [2], 'é': None}", true, true, 3, {{\[\[}}"b", "a", "é"], [1, [2], null], ["b", "a", "é"], "tuple"]]}{{$}}
# RUST-DAG: builtins::isinstance(
# RUST-DAG: builtins::range(

# Every value kind of issue 3 at its edges: int (zero, negative, past 64 bits), float (zero,
# negative zero, huge, tiny), bool, None, str (empty, non-ASCII: length, indexing and slicing by
# code point), list, tuple, dict (insertion order) and range, through repr, str, len, truthiness,
# equality and type tests.
def kind(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, list):
        return "list"
    if isinstance(v, tuple):
        return "tuple"
    if isinstance(v, dict):
        return "dict"
    return "other"

def describe(v):
    out = [kind(v), repr(v), str(v), bool(v), v == v]
    if isinstance(v, (str, list, dict)):
        out.append(len(v))
    if isinstance(v, str) and v:
        out.append([v[0], v[-1], v[1:], v[::-1], v[-2:], len(v[::2])])
    if isinstance(v, list):
        t = tuple(v)
        out.append([t, len(t), t[-1:], t[:0], kind(t), t == tuple(v), list(t) == v])
    if isinstance(v, dict):
        out.append([list(v), list(v.values()), [k for k in v], kind(tuple(v.items()))])
    if isinstance(v, int) and not isinstance(v, bool):
        r = range(v % 7 - 3, v % 11, 2)
        out.append([r, len(r), list(r), r[-1] if r else None, bool(r), v + 1, -v, v * v, v - 2**62])
    if isinstance(v, float):
        out.append([v + 1, -v, v * v, v / 3, int(v) if abs(v) < 1e300 else None, v == int(v)])
    return out
