# `del` in compiled code: a deleted variable is unbound until assigned again (here `x`), a deleted
# cell variable empties the cell it shares with a nested function (`total`, deleted by `bump`
# through `nonlocal`), a deleted global (`g`, in `drop`) is unbound for everyone; `del xs[i]`
# (negative indices too), `del d[k]` and `del xs[lo:hi:st]` (any step, bounds out of range) remove
# items of the shared list or dict (`ys` is `xs`), and `del a, b` deletes left to right.
# Expected lines computed with python3 3.11. Where CPython raises (IndexError, KeyError,
# ValueError for a zero step, TypeError for a float bound) compiled code falls back, naming why.
# RUN: head -n 4 %S/Inputs/del.jsonl > %t.traced.jsonl
# RUN: pyctl --trace %s --inputs %t.traced.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST:      del_index(defined(&{{v[0-9]+}}_xs_1)?, defined(&{{v[0-9]+}}_i_1)?)?;
# RUST:      del_slice(defined(&{{v[0-9]+}}_zs_1)?, defined(&{{v[0-9]+}}_lo_1)?, defined(&{{v[0-9]+}}_hi_1)?, defined(&{{v[0-9]+}}_st_1)?)?;
# RUST:      del_index(defined(&{{v[0-9]+}}_d_1)?, defined(&{{v[0-9]+}}_k_1)?)?;
# RUST:      del_name(&mut {{v[0-9]+}}_x_1)?;
# RUST:      del_deref(&closure_cell(defined(&{{v[0-9]+}}__fn_2)?, "total")?)?;
# RUST:      del_name(&mut {{v[0-9]+}}_g)?;
# RUST:      del_slice(defined(&{{v[0-9]+}}_xs_1)?, &Value::None, &Value::None, &Value::Int(-2_i64))?;
# RUST-NEXT: del_slice(defined(&{{v[0-9]+}}_ys_1)?, &Value::None, &Value::Int(1), &Value::None)?;
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: env PYCTL_FALLBACK_REASON=1 %t.bin < %S/Inputs/del.jsonl 2> %t.err | FileCheck %s
# RUN: FileCheck --check-prefix=REASON %s < %t.err

# CHECK:      {"repr": "{{[[][[]}}4], [0, 1, 5, 6, 7, 8, 9], {'b': 2}, 'again', 5, 'a']", "stdout": ""
# CHECK-NEXT: {"repr": "{{[[][[]}}10], [1, 3, 5, 7, 9], {}, 'again', 5, '']", "stdout": ""
# CHECK-NEXT: {"repr": "{{[[][[]}}], [1, 2, 4, 5, 7, 8], {}, 'again', 5, '1']", "stdout": ""
# CHECK-NEXT: {"repr": "{{[[][[]}}], [0, 1, 3, 4, 6, 7, 9], {}, 'again', 5, 'k']", "stdout": ""
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# REASON:      input line 5: fallback: IndexError
# REASON-NEXT: input line 6: fallback: KeyError
# REASON-NEXT: input line 7: fallback: ValueError: slice step cannot be zero
# REASON-NEXT: input line 8: fallback: TypeError: slice indices must be integers or None
# REASON-NEXT: input line 9: fallback: IndexError

# A `del` of a tuple target (the tracers record one `del` per target; a hand-written trace pins the
# lowering): `a` first, then `xs[0]`; reading `a` afterwards falls back, and a `del` ending a
# block gives it the value None.
# RUN: pyctl --build-rust %S/Inputs/del-tuple.trace.json -o %t.tuple.bin
# RUN: printf '[[1, 2], 1]\n[["\\u00e9"], true]\n[[1, 2], 0]\n[[], 1]\n' | env PYCTL_FALLBACK_REASON=1 %t.tuple.bin 2> %t.tuple.err | FileCheck --check-prefix=TUPLE %s
# RUN: FileCheck --check-prefix=TUPLE-REASON %s < %t.tuple.err
# TUPLE:      {"repr": "([2], None)", "stdout": ""
# TUPLE-NEXT: {"repr": "([], None)", "stdout": ""
# TUPLE-NEXT: {"fallback": true}
# TUPLE-NEXT: {"fallback": true}
# TUPLE-REASON:      input line 3: fallback: read of an unbound name
# TUPLE-REASON-NEXT: input line 4: fallback: IndexError

g = [1, 2]


def drop(key):
    global g
    del g
    g = key


def main(xs, d, k, i, lo, hi, st):
    ys = xs
    del xs[i]
    zs = list(range(10))
    del zs[lo:hi:st]
    del d[k]
    x = len(xs)
    del x
    x = "again"
    total = 0
    def bump():
        nonlocal total
        total += 1
        del total
    bump()
    total = 5
    drop(k)
    del xs[::-2], ys[:1]
    return [ys, zs, d, x, total, g]
