# The test of an `if` or `while` whose condition is a comparison is a Rust `bool` from the
# runtime's `*_bool` functions (exactly the truth of the operator's result), and a lowered `for`
# loop assigns each item in place (`builtins::next_assign`); other conditions go through
# `truthy`. Results equal CPython's (expected lines computed with python3 3.11), including NaN,
# int/float mixes, bools, str order and `in`/`is` tests.
# RUN: pyctl --trace %s --inputs %S/Inputs/comparison-tests.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/comparison-tests.jsonl | FileCheck %s

# RUST: if !((int_var({{v[0-9]+}}_i_1)? < 3_i64)) {
# RUST: builtins::next_assign(&mut [[V:v[0-9]+__v0_1]], defined(&{{v[0-9]+}}__it0_1)?, defined(&[[S:v[0-9]+__s0_1]])?)?;
# RUST-NEXT: if is_bool(defined(&[[V]])?, defined(&[[S]])?)? {
# RUST: if eq_bool(
# RUST: if ne_bool(
# RUST: if le_bool(
# RUST: if gt_bool(
# RUST: if ge_bool(
# RUST: if in_bool(
# RUST: if not_in_bool(
# RUST: if is_not_bool(
# RUST: if truthy(

# CHECK:      {"repr": "[0, 1, 2, 'eq', 'le', 'ge', 'in', 'is not', 'truthy']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[0, 1, 2, 'ne', 'le', 'not in', 'is not', 'truthy']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[0, 1, 2, 'ne', 'not in', 'is not', 'truthy']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[0, 1, 2, 'eq', 'le', 'ge', 'in', 'is not', 'truthy']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[0, 1, 2, 'ne', 'gt', 'ge', 'not in', 'is not', 'truthy']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[0, 1, 2, 'eq', 'le', 'ge', 'in', 'is not', 'truthy']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[0, 1, 2, 'ne', 'le', 'not in', 'is not', 'truthy']", "stdout": "", {{.*}}}

def main(a, b, xs):
    out = []
    if a == "nan":
        a = float(a)
        b = float(b)
        xs = ["x", 2.5]
    i = 0
    while i < 3:
        out.append(i)
        i += 1
    for x in [a]:
        if x == b:
            out.append("eq")
        if x != b:
            out.append("ne")
        if x <= b:
            out.append("le")
        if x > b:
            out.append("gt")
        if x >= b:
            out.append("ge")
        if x in xs:
            out.append("in")
        if x not in xs:
            out.append("not in")
        if x is not None:
            out.append("is not")
        if xs:
            out.append("truthy")
    return out
