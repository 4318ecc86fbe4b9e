# The runtime semantics issue 3 names, compiled to Rust: floor division and modulo with negative
# operands, true division of ints, float repr and str(), round half-to-even (with ndigits and
# negative ndigits), truthiness. Where CPython raises (x // 0), an int result leaves 64 bits, or
# an int / int has an operand past 2**53, compiled code falls back.
# RUN: pyctl --trace %S/../Differential/cases/issue3_semantics.py --inputs %S/Inputs/issue3-semantics.jsonl --entry arith -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-semantics.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "[3, 1, (3, 1), 3.5, -4, 1, -4, -1, [3.0, 1.0, 3.5, '3.5', '3.5', '3.5'], [4, 3.5, 10, 0, 8], [14, 9, 5, 49, 56, 3, -7, 7], [True, True, False, 2, 7]]", "stdout": "", "json": [3, 1, [3, 1], 3.5, -4, 1, -4, -1, [3.0, 1.0, 3.5, "3.5", "3.5", "3.5"], [4, 3.5, 10, 0, 8], [14, 9, 5, 49, 56, 3, -7, 7], [true, true, false, 2, 7]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[-4, 1, (-4, 1), -3.5, 3, 1, 3, -1, [-4.0, 1.0, -3.5, '-3.5', '-3.5', '-3.5'], [-4, -3.5, -10, 0, -6], [-14, -5, -9, 49, -56, -4, 7, 7], [True, True, False, 2, -7]]", "stdout": "", "json": [-4, 1, [-4, 1], -3.5, 3, 1, 3, -1, [-4.0, 1.0, -3.5, "-3.5", "-3.5", "-3.5"], [-4, -3.5, -10, 0, -6], [-14, -5, -9, 49, -56, -4, 7, 7], [true, true, false, 2, -7]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[-4, -1, (-4, -1), -3.5, 3, -1, 3, 1, [-4.0, -1.0, -3.5, '-3.5', '-3.5', '-3.5'], [-4, -3.5, 10, 0, 8], [-14, 5, 9, 49, 56, 3, -7, 7], [True, True, False, -2, 7]]", "stdout": "", "json": [-4, -1, [-4, -1], -3.5, 3, -1, 3, 1, [-4.0, -1.0, -3.5, "-3.5", "-3.5", "-3.5"], [-4, -3.5, 10, 0, 8], [-14, 5, 9, 49, 56, 3, -7, 7], [true, true, false, -2, 7]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[3, -1, (3, -1), 3.5, -4, -1, -4, 1, [3.0, -1.0, 3.5, '3.5', '3.5', '3.5'], [4, 3.5, -10, 0, -6], [14, -9, -5, 49, -56, -4, 7, 7], [True, True, False, -2, -7]]", "stdout": "", "json": [3, -1, [3, -1], 3.5, -4, -1, -4, 1, [3.0, -1.0, 3.5, "3.5", "3.5", "3.5"], [4, 3.5, -10, 0, -6], [14, -9, -5, 49, -56, -4, 7, 7], [true, true, false, -2, -7]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[0, 0, (0, 0), 0.0, 0, 0, 0, 0, [0.0, 0.0, 0.0, '0.0', '0.0', '0.0'], [0, 0.0, 0, 0, 0], [0, 5, -5, 0, 0, 0, 0, 0], [False, False, True, 0, 5]]", "stdout": "", "json": [0, 0, [0, 0], 0.0, 0, 0, 0, 0, [0.0, 0.0, 0.0, "0.0", "0.0", "0.0"], [0, 0.0, 0, 0, 0], [0, 5, -5, 0, 0, 0, 0, 0], [false, false, true, 0, 5]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: builtins::divmod(
# RUST-DAG: builtins::round(
# RUST-DAG: op_floordiv(
# RUST-DAG: op_mod(
# RUST-DAG: op_truediv(

# The program is the differential case issue3_semantics.py (test/Differential/cases).
