# Issue 3's math functions (sqrt floor ceil sin cos log), through `import math` and `from math
# import ...`, compiled to Rust: zero, negative zero, halves and huge floats give CPython's answers;
# a huge int argument and math.sqrt(-1) (ValueError) fall back.
# RUN: pyctl --trace %S/../Differential/cases/issue3_math.py --inputs %S/Inputs/issue3-math.jsonl --entry calc -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-math.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "[0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [None, None, None], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [null, null, null], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [None, None, None], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [0.0, 0.0, 0, 0, 0, 0, [0.0, 1.0], [null, null, null], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[0.0, 0.0, 0, 0, 0, 0, [-0.0, 1.0], [None, None, None], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [0.0, 0.0, 0, 0, 0, 0, [-0.0, 1.0], [null, null, null], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[1.0, 1.0, 1, 1, 1, 1, [0.8414709848078965, 0.5403023058681398], [0.0, 0.0, 0.0], [True, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [1.0, 1.0, 1, 1, 1, 1, [0.8414709848078965, 0.5403023058681398], [0.0, 0.0, 0.0], [true, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# CHECK-NEXT: {{^}}{"repr": "[1.5811388300841898, 1.5811388300841898, -3, -3, -2, -2, [-0.5984721441039565, -0.8011436155469337], [0.9162907318741551, 1.3219280948873624, 0.3979400086720376], [False, 'int', 3.141592653589793, 2.718281828459045]]", "stdout": "", "json": [1.5811388300841898, 1.5811388300841898, -3, -3, -2, -2, [-0.5984721441039565, -0.8011436155469337], [0.9162907318741551, 1.3219280948873624, 0.3979400086720376], [false, "int", 3.141592653589793, 2.718281828459045]]}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# CHECK-NEXT: {{^}}{"fallback": true}{{$}}
# RUST-DAG: math::call("math.sqrt"
# RUST-DAG: math::call("math.floor"
# RUST-DAG: math::call("math.ceil"
# RUST-DAG: math::call("math.sin"
# RUST-DAG: math::call("math.cos"
# RUST-DAG: math::call("math.log"

# The program is the differential case issue3_math.py (test/Differential/cases).
