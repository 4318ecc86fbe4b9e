# Issue 3's dict methods (get keys values items pop setdefault update) compiled to Rust on empty
# dicts, non-ASCII and numeric keys (1, 1.0 and True are one key), insertion order after updates,
# deletes and re-inserts. pop of a missing key without a default falls back (CPython's KeyError).
# RUN: pyctl --trace %S/../Differential/cases/issue3_dict_methods.py --inputs %S/Inputs/issue3-dict-methods.jsonl --entry dicts -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-dict-methods.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "[None, 'dflt', 1, [], [], [], [], 1, {{\[\[}}'a', 's', 'u', 'w', 'p'], True, 5], [4, None, 1], [('s', 1), ('w', 2), ('p', 3), ('a', 'back')], [{}, 'again', 'again', [1], 'again'], [True, True, True, 4]]", "stdout": "", "json": [null, "dflt", 1, [], [], [], [], 1, {{\[\[}}"a", "s", "u", "w", "p"], true, 5], [4, null, 1], {{\[\[}}"s", 1], ["w", 2], ["p", 3], ["a", "back"]], [{}, "again", "again", [1], "again"], [true, true, true, 4]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[1, 1, None, ['a', 'b'], [1, 2], [('a', 1), ('b', 2)], 1, None, {{\[\[}}'a', 'b', 's', 'u', 'w', 'p'], True, 6], [4, None, None], [('b', 2), ('s', None), ('w', 2), ('p', 3), ('a', 'back')], [{}, 'again', 'again', [1], 'again'], [True, True, True, 5]]", "stdout": "", "json": [1, 1, null, ["a", "b"], [1, 2], {{\[\[}}"a", 1], ["b", 2]], 1, null, {{\[\[}}"a", "b", "s", "u", "w", "p"], true, 6], [4, null, null], {{\[\[}}"b", 2], ["s", null], ["w", 2], ["p", 3], ["a", "back"]], [{}, "again", "again", [1], "again"], [true, true, true, 5]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}1], [1], '😀', ['é', '日本'], {{\[\[}}1], {'x': 1}], [('é', [1]), ('日本', {'x': 1})], [1], '😀', {{\[\[}}'é', '日本', 's', 'u', 'w', 'p'], True, 6], [4, None, '😀'], [('日本', {'x': 1}), ('s', '😀'), ('w', 2), ('p', 3), ('é', 'back')], [{}, 'again', 'again', [1], 'again'], [True, True, True, 5]]", "stdout": "", "json": {{\[\[}}1], [1], "😀", ["é", "日本"], {{\[\[}}1], {"x": 1}], {{\[\[}}"é", [1]], ["日本", {"x": 1}]], [1], "😀", {{\[\[}}"é", "日本", "s", "u", "w", "p"], true, 6], [4, null, "😀"], {{\[\[}}"日本", {"x": 1}], ["s", "😀"], ["w", 2], ["p", 3], ["é", "back"]], [{}, "again", "again", [1], "again"], [true, true, true, 5]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: methods::get(
# RUST-DAG: methods::keys(
# RUST-DAG: methods::values(
# RUST-DAG: methods::items(
# RUST-DAG: methods::pop(
# RUST-DAG: methods::setdefault(
# RUST-DAG: methods::update(

# The program is the differential case issue3_dict_methods.py (test/Differential/cases).
