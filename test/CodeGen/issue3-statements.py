# Issue 3's statements compiled to Rust: for over a str (non-ASCII), a range with a negative step,
# a dict and its items, and a tuple; for/while with else, break and continue; augmented assignment
# in place for lists (seen through an alias) and rebinding for tuples; subscript assignment with a
# negative index; del of a key, a slice and a name; global; nonlocal; closures capturing by
# reference; default values evaluated once; keyword arguments; assert. A failing assert and a
# raise of KeyError fall back (CPython raises there; compiled code never raises).
# RUN: pyctl --trace %S/../Differential/cases/issue3_statements.py --inputs %S/Inputs/issue3-statements.jsonl --entry run -o %t.json > /dev/null
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

# The program is the differential case issue3_statements.py (test/Differential/cases).
