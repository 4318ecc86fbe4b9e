# Issue 3's list methods (append extend pop insert remove index sort reverse) compiled to Rust on
# empty lists, negative and out-of-range positions, non-ASCII items and an alias that sees every
# in-place change. pop of an empty list falls back (CPython raises IndexError there).
# RUN: pyctl --trace %S/../Differential/cases/issue3_list_methods.py --inputs %S/Inputs/issue3-list-methods.jsonl --entry lists -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-list-methods.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "{{\[\[}}True, 7, 2, 1, 3], 'b', 'neg', 'a', ['ins'], ['ins'], [0, 0], [0, 0, 'ins'], [0]]", "stdout": "", "json": {{\[\[}}true, 7, 2, 1, 3], "b", "neg", "a", ["ins"], ["ins"], [0, 0], [0, 0, "ins"], [0]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}True, 10, 2, 1, 4], 'b', 3, 'neg', ['a', 'ins'], ['a', 'ins'], [2, 1, 1, 1], ['a', 1, 1, 1, 2, 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 10, 2, 1, 4], "b", 3, "neg", ["a", "ins"], ["a", "ins"], [2, 1, 1, 1], ["a", 1, 1, 1, 2, "ins"], [1]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}True, 9, 3, 7, 3], 'b', 'b', 'ins', ['a', 'a', 'neg', 'é', 'é'], ['a', 'a', 'neg', 'é', 'é'], [], ['a', 'é', 'é', 'a', 'neg'], [1]]", "stdout": "", "json": {{\[\[}}true, 9, 3, 7, 3], "b", "b", "ins", ["a", "a", "neg", "é", "é"], ["a", "a", "neg", "é", "é"], [], ["a", "é", "é", "a", "neg"], [1]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "{{\[\[}}True, 8, 1, 2, 3], 'b', 'z', 'a', ['ins', 'neg', '😀', '😀'], ['ins', 'neg', '😀', '😀'], [], ['neg', '😀', '😀', 'ins'], [1]]", "stdout": "", "json": {{\[\[}}true, 8, 1, 2, 3], "b", "z", "a", ["ins", "neg", "😀", "😀"], ["ins", "neg", "😀", "😀"], [], ["neg", "😀", "😀", "ins"], [1]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: methods::append(
# RUST-DAG: methods::extend(
# RUST-DAG: methods::pop(
# RUST-DAG: methods::insert(
# RUST-DAG: methods::remove(
# RUST-DAG: methods::index(
# RUST-DAG: methods::sort(
# RUST-DAG: methods::reverse(

# The program is the differential case issue3_list_methods.py (test/Differential/cases).
