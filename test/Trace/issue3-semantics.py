# The runtime semantics issue 3 names, in both tracers: floor division and modulo with negative
# operands, true division of ints, float repr and str(), round half-to-even (with ndigits and
# negative ndigits), truthiness, and integer results that leave 64 bits (here kept exactly, as
# CPython keeps them); x // 0 raises ZeroDivisionError. Identical traces.
# RUN: pyctl --trace %S/../Differential/cases/issue3_semantics.py --inputs %S/Inputs/issue3-semantics.jsonl --entry arith -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_semantics.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-semantics.jsonl --entry arith --source %S/../Differential/cases/issue3_semantics.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "[3, 1, (3, 1), 3.5, -4, 1, -4, -1, [3.0, 1.0, 3.5, '3.5', '3.5', '3.5'], [4, 3.5, 10, 0, 8], [14, 9, 5, 49, 56, 3, -7, 7], [True, True, False, 2, 7]]", "stdout": "", "json": [3, 1, [3, 1], 3.5, -4, 1, -4, -1, [3.0, 1.0, 3.5, "3.5", "3.5", "3.5"], [4, 3.5, 10, 0, 8], [14, 9, 5, 49, 56, 3, -7, 7], [true, true, false, 2, 7]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[-4, 1, (-4, 1), -3.5, 3, 1, 3, -1, [-4.0, 1.0, -3.5, '-3.5', '-3.5', '-3.5'], [-4, -3.5, -10, 0, -6], [-14, -5, -9, 49, -56, -4, 7, 7], [True, True, False, 2, -7]]", "stdout": "", "json": [-4, 1, [-4, 1], -3.5, 3, 1, 3, -1, [-4.0, 1.0, -3.5, "-3.5", "-3.5", "-3.5"], [-4, -3.5, -10, 0, -6], [-14, -5, -9, 49, -56, -4, 7, 7], [true, true, false, 2, -7]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[-4, -1, (-4, -1), -3.5, 3, -1, 3, 1, [-4.0, -1.0, -3.5, '-3.5', '-3.5', '-3.5'], [-4, -3.5, 10, 0, 8], [-14, 5, 9, 49, 56, 3, -7, 7], [True, True, False, -2, 7]]", "stdout": "", "json": [-4, -1, [-4, -1], -3.5, 3, -1, 3, 1, [-4.0, -1.0, -3.5, "-3.5", "-3.5", "-3.5"], [-4, -3.5, 10, 0, 8], [-14, 5, 9, 49, 56, 3, -7, 7], [true, true, false, -2, 7]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[3, -1, (3, -1), 3.5, -4, -1, -4, 1, [3.0, -1.0, 3.5, '3.5', '3.5', '3.5'], [4, 3.5, -10, 0, -6], [14, -9, -5, 49, -56, -4, 7, 7], [True, True, False, -2, -7]]", "stdout": "", "json": [3, -1, [3, -1], 3.5, -4, -1, -4, 1, [3.0, -1.0, 3.5, "3.5", "3.5", "3.5"], [4, 3.5, -10, 0, -6], [14, -9, -5, 49, -56, -4, 7, 7], [true, true, false, -2, -7]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[0, 0, (0, 0), 0.0, 0, 0, 0, 0, [0.0, 0.0, 0.0, '0.0', '0.0', '0.0'], [0, 0.0, 0, 0, 0], [0, 5, -5, 0, 0, 0, 0, 0], [False, False, True, 0, 5]]", "stdout": "", "json": [0, 0, [0, 0], 0.0, 0, 0, 0, 0, [0.0, 0.0, 0.0, "0.0", "0.0", "0.0"], [0, 0.0, 0, 0, 0], [0, 5, -5, 0, 0, 0, 0, 0], [false, false, true, 0, 5]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[4611686018427387903, 1, (4611686018427387903, 1), 4.611686018427388e+18, -4611686018427387904, 1, -4611686018427387904, -1, [4.611686018427388e+18, 0.0, 4.611686018427388e+18, '4.611686018427388e+18', '4.611686018427388e+18', '4.611686018427388e+18'], [4611686018427387904, 4.611686018427388e+18, 9223372036854775810, 9223372036854775800, 9223372036854775808], [18446744073709551614, 9223372036854775809, 9223372036854775805, 85070591730234615847396907784232501249, 73786976294838206456, 4611686018427387903, -9223372036854775807, 9223372036854775807], [True, True, False, 2, 9223372036854775807]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"repr": "[9223372036854775808, 0, (9223372036854775808, 0), 9.223372036854776e+18, -9223372036854775808, 0, -9223372036854775808, 0, [9.223372036854776e+18, -0.0, 9.223372036854776e+18, '9.223372036854776e+18', '9.223372036854776e+18', '9.223372036854776e+18'], [9223372036854775808, 9.223372036854776e+18, -9223372036854775810, -9223372036854775800, -9223372036854775808], [9223372036854775808, -9223372036854775809, -9223372036854775807, 85070591730234615865843651857942052864, -73786976294838206464, -4611686018427387904, 9223372036854775808, 9223372036854775808], [True, True, False, -1, -9223372036854775808]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"error": "ZeroDivisionError", "stdout": ""}{{$}}
# TRACE-DAG: (a$1 // b$1)
# TRACE-DAG: (a$1 % b$1)
# TRACE-DAG: divmod(a$1, b$1)
# TRACE-DAG: (a$1 / b$1)
# TRACE-DAG: round((a$1 / b$1), 1)

# The program is the differential case issue3_semantics.py (test/Differential/cases).
