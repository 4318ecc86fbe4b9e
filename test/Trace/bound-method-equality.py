# `==` of bound methods compares the receivers by identity (as `is` does) and the methods:
# equal ints outside -5..256 or equal strs built separately, whose identity pyctl does not
# model, stop the evaluator; different methods compare unequal whatever the receivers.
# Compiled code answers for lists and dicts and falls back on an int receiver.
# RUN: printf '[1000, [1]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --entry same --inputs %t.inputs.jsonl -o %t.same.json | FileCheck --check-prefix=SAME %s
# SAME: "repr": "[False, True, False]"
# RUN: pyctl --build-rust %t.same.json -o %t.same
# RUN: printf '[1000, [1]]\n[7, []]\n' | %t.same | FileCheck --check-prefix=SAMERUST %s
# SAMERUST:      "repr": "[False, True, False]"
# SAMERUST-NEXT: "repr": "[False, True, False]"
# RUN: not pyctl --trace %s --entry ints --inputs %t.inputs.jsonl -o %t.ints.json 2>&1 | FileCheck --check-prefix=INTS %s
# INTS: unsupported{{.*}}'is' on equal ints outside -5..256
# RUN: printf '[3, [1]]\n' > %t.small.jsonl
# RUN: pyctl --trace %s --entry ints --inputs %t.small.jsonl -o %t.ints.json | FileCheck --check-prefix=SMALL %s
# SMALL: "repr": "True"
# RUN: pyctl --build-rust %t.ints.json -o %t.ints
# RUN: printf '[3, [1]]\n' | %t.ints | FileCheck --check-prefix=FALLBACK %s
# FALLBACK: {"fallback": true
# RUN: not pyctl --trace %s --entry strs --inputs %t.small.jsonl -o %t.strs.json 2>&1 | FileCheck --check-prefix=STRS %s
# STRS: unsupported{{.*}}'is' on equal but separately built strs

def same(n, xs):
    a = n + 1
    b = n + 1
    return [a.bit_length == xs.count, xs.append == xs.append, xs.append == list(xs).append]

def ints(n, xs):
    a = n + 1
    b = n + 1
    return a.bit_length == b.bit_length

def strs(n, xs):
    a = "x" * n
    b = "x" * n
    return a.split == b.split
