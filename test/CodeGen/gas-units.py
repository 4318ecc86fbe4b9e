# Compiled code and the C++ evaluator count gas in the same unit (one per loop test and per user
# call): a budget suffices for both or for neither. count(3) spends 10 units: 2 calls, and 4 + 4
# loop tests.
# REQUIRES: cargo
# RUN: echo '[3]' > %t.in.jsonl
# RUN: pyctl --trace %s --inputs %t.in.jsonl --gas 10 -o %t.json | FileCheck --check-prefix=OK %s
# RUN: not pyctl --trace %s --inputs %t.in.jsonl --gas 9 -o %t.9.json 2>&1 | FileCheck --check-prefix=GAS %s
# RUN: pyctl --build-rust-lib %t.json -o %t.so
# RUN: pyctl-call-lib --gas 10 %t.so < %t.in.jsonl | FileCheck --check-prefix=OK %s
# RUN: pyctl-call-lib --gas 9 %t.so < %t.in.jsonl | FileCheck --check-prefix=LIBGAS %s
# OK: {"repr": "3", "stdout": "", "json": 3}
# GAS: the call stopped: out of gas
# LIBGAS: {"fallback": true, "reason": "out of gas"}

def step(i):
    j = 0
    while j < 3:
        j += 1
    return i + j - 2

def count(n):
    i = 0
    while i != n:
        i += 1
    r = step(i)
    return r - 1
