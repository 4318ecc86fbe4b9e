# Closures in compiled code: captured variables live in cells shared with the enclosing function,
# so `nonlocal` updates and later assignments are seen on both sides; each evaluation of a `def`
# is a new function object. Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/closures.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: Value::new_cell()
# RUST: set_deref(
# RUST: Value::closure("add@
# RUST: deref(&closure_cell(
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/closures.jsonl | FileCheck %s

# CHECK:      {"repr": "[1, 10, 12, 12, 2, 3, False, True, False]", "stdout": "", "json": [1, 10, 12, 12, 2, 3, false, true, false]}
# CHECK-NEXT: {"repr": "[2, 20, 14, 14, -2, -1, False, True, False]", "stdout": "", "json": [2, 20, 14, 14, -2, -1, false, true, false]}
# CHECK-NEXT: {"repr": "[3.5, 35.0, 39.0, 39.0, 3, 4, False, True, False]", "stdout": "", "json": [3.5, 35.0, 39.0, 39.0, 3, 4, false, true, false]}
# CHECK-NEXT: {"fallback": true}


def make_adder(step):
    def add(x):
        return x + step
    return add


def main(start, step):
    total = start
    def add(k):
        nonlocal total
        total += k * step
        return total
    def peek():
        return total
    add(1)
    seen = peek()
    total = total * 10
    after = peek()
    f = make_adder(step)
    g = make_adder(step)
    return [seen, after, add(2), total, f(1), g(2), f is g, f is f, f == g]
