# Issue 3's plain positional entry compiled to Rust, with module-level constants and helpers:
# empty, non-ASCII, zero and negative arguments give CPython's answers; an int result past 64 bits
# falls back.
# RUN: pyctl --trace %S/../Differential/cases/issue3_entry_positional.py --inputs %S/Inputs/issue3-entry-positional.jsonl --entry score -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-entry-positional.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "(0, 0, '')", "stdout": "", "json": [0, 0, ""]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "(28, 3, 'cba')", "stdout": "", "json": [28, 3, "cba"]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "(-27, 3, 'CBA')", "stdout": "", "json": [-27, 3, "CBA"]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "(69.0, 5, 'olléh')", "stdout": "", "json": [69.0, 5, "olléh"]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: is_function(

# The program is the differential case issue3_entry_positional.py (test/Differential/cases).
