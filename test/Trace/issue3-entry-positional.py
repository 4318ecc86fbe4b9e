# Issue 3's plain positional entry, with module-level constants and helpers, in both tracers:
# empty, non-ASCII, zero, negative and 64-bit-extreme arguments give CPython's answers (an int
# result past 64 bits included); identical traces.
# RUN: pyctl --trace %S/../Differential/cases/issue3_entry_positional.py --inputs %S/Inputs/issue3-entry-positional.jsonl --entry score -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_entry_positional.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-entry-positional.jsonl --entry score --source %S/../Differential/cases/issue3_entry_positional.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "(0, 0, '')", "stdout": "", "json": [0, 0, ""]}{{$}}
# OUT-NEXT: {{^}}{"repr": "(28, 3, 'cba')", "stdout": "", "json": [28, 3, "cba"]}{{$}}
# OUT-NEXT: {{^}}{"repr": "(-27, 3, 'CBA')", "stdout": "", "json": [-27, 3, "CBA"]}{{$}}
# OUT-NEXT: {{^}}{"repr": "(69.0, 5, 'olléh')", "stdout": "", "json": [69.0, 5, "olléh"]}{{$}}
# OUT-NEXT: {{^}}{"repr": "(9223372036854775839, 4, '😀語本日')", "stdout": ""}{{$}}
# TRACE-DAG: let word$1 = argument 0
# TRACE-DAG: let factor$1 = argument 2
# TRACE-DAG: isFunction(weight

# The program is the differential case issue3_entry_positional.py (test/Differential/cases).
