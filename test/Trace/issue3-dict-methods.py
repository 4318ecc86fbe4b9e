# Issue 3's dict methods (get keys values items pop setdefault update) in both tracers on empty
# dicts, non-ASCII and numeric keys (1, 1.0 and True are one key), insertion order after updates,
# deletes and re-inserts, and pop of a missing key (KeyError). Each is a methodCall; the two traces
# are identical.
# RUN: pyctl --trace %S/../Differential/cases/issue3_dict_methods.py --inputs %S/Inputs/issue3-dict-methods.jsonl --entry dicts -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_dict_methods.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-dict-methods.jsonl --entry dicts --source %S/../Differential/cases/issue3_dict_methods.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "[None, 'dflt', 1, [], [], [], [], 1, {{\[\[}}'a', 's', 'u', 'w', 'p'], True, 5], [4, None, 1], [('s', 1), ('w', 2), ('p', 3), ('a', 'back')], [{}, 'again', 'again', [1], 'again'], [True, True, True, 4]]", "stdout": "", "json": [null, "dflt", 1, [], [], [], [], 1, {{\[\[}}"a", "s", "u", "w", "p"], true, 5], [4, null, 1], {{\[\[}}"s", 1], ["w", 2], ["p", 3], ["a", "back"]], [{}, "again", "again", [1], "again"], [true, true, true, 4]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[1, 1, None, ['a', 'b'], [1, 2], [('a', 1), ('b', 2)], 1, None, {{\[\[}}'a', 'b', 's', 'u', 'w', 'p'], True, 6], [4, None, None], [('b', 2), ('s', None), ('w', 2), ('p', 3), ('a', 'back')], [{}, 'again', 'again', [1], 'again'], [True, True, True, 5]]", "stdout": "", "json": [1, 1, null, ["a", "b"], [1, 2], {{\[\[}}"a", 1], ["b", 2]], 1, null, {{\[\[}}"a", "b", "s", "u", "w", "p"], true, 6], [4, null, null], {{\[\[}}"b", 2], ["s", null], ["w", 2], ["p", 3], ["a", "back"]], [{}, "again", "again", [1], "again"], [true, true, true, 5]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}1], [1], '😀', ['é', '日本'], {{\[\[}}1], {'x': 1}], [('é', [1]), ('日本', {'x': 1})], [1], '😀', {{\[\[}}'é', '日本', 's', 'u', 'w', 'p'], True, 6], [4, None, '😀'], [('日本', {'x': 1}), ('s', '😀'), ('w', 2), ('p', 3), ('é', 'back')], [{}, 'again', 'again', [1], 'again'], [True, True, True, 5]]", "stdout": "", "json": {{\[\[}}1], [1], "😀", ["é", "日本"], {{\[\[}}1], {"x": 1}], {{\[\[}}"é", [1]], ["日本", {"x": 1}]], [1], "😀", {{\[\[}}"é", "日本", "s", "u", "w", "p"], true, 6], [4, null, "😀"], {{\[\[}}"日本", {"x": 1}], ["s", "😀"], ["w", 2], ["p", 3], ["é", "back"]], [{}, "again", "again", [1], "again"], [true, true, true, 5]]}{{$}}
# OUT-NEXT: {{^}}{"error": "KeyError", "stdout": ""}{{$}}
# TRACE-DAG: .get(
# TRACE-DAG: .keys(
# TRACE-DAG: .values(
# TRACE-DAG: .items(
# TRACE-DAG: .pop(
# TRACE-DAG: .setdefault(
# TRACE-DAG: .update(

# The program is the differential case issue3_dict_methods.py (test/Differential/cases).
