# Issue 3's value kinds in both tracers: int (zero, negative, past 64 bits), float (zero, negative
# zero, huge), bool, None, str (empty, non-ASCII: length, indexing and slicing by code point,
# emoji outside the BMP), list, tuple, dict in insertion order (non-ASCII keys) and range, through
# repr, str, len, truthiness, equality and isinstance. CPython's answers; identical traces.
# RUN: pyctl --trace %S/../Differential/cases/issue3_values.py --inputs %S/Inputs/issue3-values.jsonl --entry describe -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_values.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-values.jsonl --entry describe --source %S/../Differential/cases/issue3_values.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "['int', '0', '0', False, True, [range(-3, 0, 2), 2, [-3, -1], -1, True, 1, 0, 0, -18446744073709551616]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['int', '-7', '-7', True, True, [range(-3, 4, 2), 4, [-3, -1, 1, 3], 3, True, -6, 7, 49, -18446744073709551623]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['int', '123456789012345678901234567890', '123456789012345678901234567890', True, True, [range(-3, 7, 2), 5, [-3, -1, 1, 3, 5], 5, True, 123456789012345678901234567891, -123456789012345678901234567890, 15241578753238836750495351562536198787501905199875019052100, 123456788993898934827525016274]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['float', '0.0', '0.0', False, True, [1.0, -0.0, 0.0, 0.0, 0, True]]", "stdout": "", "json": ["float", "0.0", "0.0", false, true, [1.0, -0.0, 0.0, 0.0, 0, true]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['float', '-0.0', '-0.0', False, True, [1.0, 0.0, 0.0, -0.0, 0, True]]", "stdout": "", "json": ["float", "-0.0", "-0.0", false, true, [1.0, 0.0, 0.0, -0.0, 0, true]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['float', '1e+300', '1e+300', True, True, [1e+300, -1e+300, inf, 3.3333333333333335e+299, None, True]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "['bool', 'True', 'True', True, True]", "stdout": "", "json": ["bool", "True", "True", true, true]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['bool', 'False', 'False', False, True]", "stdout": "", "json": ["bool", "False", "False", false, true]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['none', 'None', 'None', False, True]", "stdout": "", "json": ["none", "None", "None", false, true]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['str', \"''\", '', False, True, 0]", "stdout": "", "json": ["str", "''", "", false, true, 0]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['str', \"'héllo wörld'\", 'héllo wörld', True, True, 11, ['h', 'd', 'éllo wörld', 'dlröw olléh', 'ld', 6]]", "stdout": "", "json": ["str", "'héllo wörld'", "héllo wörld", true, true, 11, ["h", "d", "éllo wörld", "dlröw olléh", "ld", 6]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['str', \"'日本語テキスト'\", '日本語テキスト', True, True, 7, ['日', 'ト', '本語テキスト', 'トスキテ語本日', 'スト', 4]]", "stdout": "", "json": ["str", "'日本語テキスト'", "日本語テキスト", true, true, 7, ["日", "ト", "本語テキスト", "トスキテ語本日", "スト", 4]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['str', \"'😀x😀'\", '😀x😀', True, True, 3, ['😀', '😀', 'x😀', '😀x😀', 'x😀', 2]]", "stdout": "", "json": ["str", "'😀x😀'", "😀x😀", true, true, 3, ["😀", "😀", "x😀", "😀x😀", "x😀", 2]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['list', '[]', '[]', False, True, 0, [(), 0, (), (), 'tuple', True, True]]", "stdout": "", "json": ["list", "[]", "[]", false, true, 0, {{\[\[}}], 0, [], [], "tuple", true, true]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['list', \"[1, 'é', None, [2.5]]\", \"[1, 'é', None, [2.5]]\", True, True, 4, [(1, 'é', None, [2.5]), 4, ([2.5],), (), 'tuple', True, True]]", "stdout": "", "json": ["list", "[1, 'é', None, [2.5]]", "[1, 'é', None, [2.5]]", true, true, 4, {{\[\[}}1, "é", null, [2.5]], 4, {{\[\[}}2.5]], [], "tuple", true, true]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "['dict', \"{'b': 1, 'a': [2], 'é': None}\", \"{'b': 1, 'a': [2], 'é': None}\", True, True, 3, {{\[\[}}'b', 'a', 'é'], [1, [2], None], ['b', 'a', 'é'], 'tuple']]", "stdout": "", "json": ["dict", "{'b': 1, 'a': [2], 'é': None}", "{'b': 1, 'a': [2], 'é': None}", true, true, 3, {{\[\[}}"b", "a", "é"], [1, [2], null], ["b", "a", "é"], "tuple"]]}{{$}}
# TRACE-DAG: isinstance(v$2, bool)
# TRACE-DAG: {{[^A-Za-z_.]}}range(
# TRACE-DAG: tuple(v$1)

# The program is the differential case issue3_values.py (test/Differential/cases).
