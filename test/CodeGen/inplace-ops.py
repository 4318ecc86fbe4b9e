# `+=` and `*=` act in place on lists in compiled code too: aliases see the change.
# RUN: printf '[[1, 2], 2]\n[[3], 0]\n[[], 5]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry grow -o %t.json > %t.expected
# RUN: pyctl --build-rust %t.json -o %t.exe
# RUN: %t.exe < %t.in | diff %t.expected -
# RUN: FileCheck %s < %t.expected
# CHECK: {"repr": "{{\[\[}}1, 2, 1, 2, 9], [1, 2, 1, 2, 9], 7]", "stdout": ""

def grow(xs, n):
    alias = xs
    xs *= n
    xs += [9]
    k = 3
    k += 4
    return [xs, alias, k]
