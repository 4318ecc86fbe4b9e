# `d.setdefault(k, [])` makes its empty list only when the key is missing
# (methods::setdefault_new_list); other defaults go through methods::setdefault. Results equal
# CPython's (expected lines computed with python3 3.11): the inserted list is the one appended to,
# later setdefaults return it, and an unhashable or NaN key falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/setdefault-new-list.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/setdefault-new-list.jsonl | FileCheck %s
# RUN: echo '[[[1]], 0]' | %t.bin | FileCheck --check-prefix=FALLBACK %s

# RUST: methods::setdefault_new_list(defined(&{{v[0-9]+}}_d_1)?, defined(&{{v[0-9]+}}_k_1)?.clone())?
# RUST: methods::setdefault(defined(&{{v[0-9]+}}_d_1)?, &[

# CHECK:      {"repr": "({'a': [0, 1], 'b': [2]}, True, [9])", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "({}, True, [9])", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "({1: [0, 1, 2]}, True, [9])", "stdout": "", {{.*}}}
# FALLBACK: {"fallback": true}

def main(keys, n):
    d = {}
    for i in range(len(keys)):
        k = keys[i]
        d.setdefault(k, []).append(i)
    first = d.setdefault("z", [9]) if n else [9]
    same = True
    for k in keys:
        same = same and d.setdefault(k, []) is d[k]
    if n:
        del d["z"]
    return d, same, first
