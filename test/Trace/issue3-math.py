# Issue 3's math functions (sqrt floor ceil sin cos log), through `import math` and `from math
# import ...`, in both tracers: zero, negative zero, halves, a huge int past 64 bits and
# math.sqrt(-1) (ValueError) give CPython's answers; the two traces are identical.
# RUN: pyctl --trace %S/../Differential/cases/issue3_math.py --inputs %S/Inputs/issue3-math.jsonl --entry calc -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %S/../Differential/cases/issue3_math.py -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-math.jsonl --entry calc --source %S/../Differential/cases/issue3_math.py -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "[0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [None, None, None], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [null, null, null], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [None, None, None], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [null, null, null], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[0.0, 0.0, 0, 0, 0, 0, [-0.0, 1.0], [None, None, None], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [0.0, 0.0, 0, 0, 0, 0, [-0.0, 1.0], [null, null, null], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[1.0, 1.0, 1, 1, 1, 1, [0.8414709848078965, 0.5403023058681398], [0.0, 0.0, 0.0], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [1.0, 1.0, 1, 1, 1, 1, [0.8414709848078965, 0.5403023058681398], [0.0, 0.0, 0.0], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[1.5811388300841898, 1.5811388300841898, -3, -3, -2, -2, [-0.5984721441039565, -0.8011436155469337], [0.9162907318741551, 1.3219280948873624, 0.3979400086720376], [False, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [1.5811388300841898, 1.5811388300841898, -3, -3, -2, -2, [-0.5984721441039565, -0.8011436155469337], [0.9162907318741551, 1.3219280948873624, 0.3979400086720376], [false, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[351364182882014.44, 351364182882014.44, 123456789012345678901234567890, 123456789012345678901234567890, 123456789012345678901234567890, 123456789012345678901234567890, [-0.028926744658065308, -0.999581534164916], [66.98568871914297, 96.63992092563934, 29.091514977212693], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": ""}{{$}}
# OUT-NEXT: {{^}}{"error": "ValueError", "stdout": ""}{{$}}
# TRACE-DAG: math.sqrt(
# TRACE-DAG: math.floor(
# TRACE-DAG: math.ceil(
# TRACE-DAG: math.sin(
# TRACE-DAG: math.cos(
# TRACE-DAG: math.log(abs(x$1), 2)

# The program is the differential case issue3_math.py (test/Differential/cases).
