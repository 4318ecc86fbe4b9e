# Issue 3's plain positional entry compiled to Rust, with module-level constants and helpers:
# empty, non-ASCII, zero and negative arguments give CPython's answers; an int result past 64 bits
# falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-entry-positional.jsonl --entry score -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-entry-positional.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "(0, 0, '')", "stdout": "", "json": [0, 0, ""]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "(28, 3, 'cba')", "stdout": "", "json": [28, 3, "cba"]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "(-27, 3, 'CBA')", "stdout": "", "json": [-27, 3, "CBA"]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "(69.0, 5, 'olléh')", "stdout": "", "json": [69.0, 5, "olléh"]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: is_function(

# A plain positional entry with module-level constants and helpers, called with edge values:
# zero, negative, huge, empty and non-ASCII arguments.
WEIGHTS = [3, 2, 1]
BONUS = 10

def weight(i):
    return WEIGHTS[i % len(WEIGHTS)]

def score(word, base, factor):
    total = base
    for i, c in enumerate(word):
        total += weight(i) * (ord(c) % 7)
    if word.isupper():
        total += BONUS
    return total * factor, len(word), word[::-1]
