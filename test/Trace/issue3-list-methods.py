# Issue 3's list methods (append extend pop insert remove index sort reverse) in both tracers on
# empty lists, negative and out-of-range positions, non-ASCII items and an alias that sees every
# in-place change; pop of an empty list, remove and index of a missing item raise CPython's
# exceptions. Each is a methodCall; the two traces are identical.
# RUN: pyctl --trace %S/../Differential/cases/issue3_list_methods.py --inputs %S/Inputs/issue3-list-methods.jsonl --entry lists -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_list_methods.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-list-methods.jsonl --entry lists --source %S/../Differential/cases/issue3_list_methods.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "{{\[\[}}True, 7, 2, 1, 3], 'b', 'neg', 'a', ['ins'], ['ins'], [0, 0], [0, 0, 'ins'], [0]]", "stdout": "", "json": {{\[\[}}true, 7, 2, 1, 3], "b", "neg", "a", ["ins"], ["ins"], [0, 0], [0, 0, "ins"], [0]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}True, 10, 2, 1, 4], 'b', 3, 'neg', ['a', 'ins'], ['a', 'ins'], [2, 1, 1, 1], ['a', 1, 1, 1, 2, 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 10, 2, 1, 4], "b", 3, "neg", ["a", "ins"], ["a", "ins"], [2, 1, 1, 1], ["a", 1, 1, 1, 2, "ins"], [1]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}True, 9, 3, 7, 3], 'b', 'b', 'ins', ['a', 'a', 'neg', 'é', 'é'], ['a', 'a', 'neg', 'é', 'é'], [], ['a', 'é', 'é', 'a', 'neg'], [1]]", "stdout": "", "json": {{\[\[}}true, 9, 3, 7, 3], "b", "b", "ins", ["a", "a", "neg", "é", "é"], ["a", "a", "neg", "é", "é"], [], ["a", "é", "é", "a", "neg"], [1]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "{{\[\[}}True, 8, 1, 2, 3], 'b', 'z', 'a', ['ins', 'neg', '😀', '😀'], ['ins', 'neg', '😀', '😀'], [], ['neg', '😀', '😀', 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 8, 1, 2, 3], "b", "z", "a", ["ins", "neg", "😀", "😀"], ["ins", "neg", "😀", "😀"], [], ["neg", "😀", "😀", "ins"], [1]]}{{$}}
# OUT-NEXT: {{^}}{"error": "IndexError", "stdout": ""}{{$}}
# TRACE-DAG: .append(
# TRACE-DAG: .extend(
# TRACE-DAG: .pop(
# TRACE-DAG: .insert(
# TRACE-DAG: .remove(
# TRACE-DAG: .index(
# TRACE-DAG: .sort(
# TRACE-DAG: .reverse(

# The program is the differential case issue3_list_methods.py (test/Differential/cases).
