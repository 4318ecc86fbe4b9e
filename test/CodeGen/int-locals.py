# Int-typed locals (lib/CodeGen/IntLocals.cpp): a variable given only ints (constants, the item
# of a `for` over `range`, + - * // % and unary - of int-typed values, len()) is an unboxed
# `Option<i64>` computed with the runtime's checked int_* functions, compared as a Rust bool and
# boxed (`Value::Int`) where a value is needed; `n`, an argument, and `s`, a str, stay
# `Value`s. Results equal CPython's (expected lines computed with python3 3.11); a result past
# 64 bits falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/int-locals.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/int-locals.jsonl | FileCheck %s

# RUST: let mut {{v[0-9]+}}_n_1: Value = args[0].clone();
# RUST: let mut [[ACC:v[0-9]+_acc_1]]: Option<i64> = None;
# RUST: let mut {{v[0-9]+}}_s_1: Value = Value::Undefined;
# RUST: let mut [[I:v[0-9]+_i_1]]: Option<i64> = None;
# RUST: let mut [[V:v[0-9]+__v0_1]]: Value = Value::Undefined;
# RUST: [[ACC]] = Some(0_i64);
# RUST: [[I]] = Some(range_item(&[[V]])?);
# RUST: [[ACC]] = Some(int_mod(int_add(int_mul(int_var([[ACC]])?, 31_i64)?, int_var([[I]])?)?, 1000003_i64)?);
# RUST: if (int_mod(int_var([[I]])?, 2_i64)? == 0_i64) {
# RUST: [[SIZE:v[0-9]+_size_1]] = Some(int_add(int_len(defined(&{{v[0-9]+}}_s_1)?)?, 1_i64)?);
# RUST: Value::Int(int_floordiv(int_var([[ACC]])?, -2_i64)?)

# CHECK:      {"repr": "(31810, -15905, 'aaab', 'x', 5)", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "(0, 0, '', 'x', 1)", "stdout": "", {{.*}}}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "(0, 0, '', 'x', 1)", "stdout": "", {{.*}}}

def main(n, m):
    acc = 0
    s = ""
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        if i % 2 == 0:
            s = s + "ab"[i % 2 : i % 2 + 1]
    if n > 0:
        s += "b"
    if n > 100:
        acc = acc + 9223372036854775807
    size = len(s) + 1
    return acc, acc // -2, s, "x", size
