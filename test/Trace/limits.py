# --gas and --timeout stop a call of the C++ evaluator: an error naming the input line, and no
# trace file. count(3) spends 5 units: the call, and four tests of `i != n`.
# (test/CodeGen/gas-units.py checks that compiled code spends the same.)
# RUN: echo '[3]' > %t.in.jsonl
# RUN: pyctl --trace %s --inputs %t.in.jsonl --gas 5 -o %t.json | FileCheck --check-prefix=OK %s
# OK: {"repr": "3", "stdout": "", "json": 3}
# RUN: not pyctl --trace %s --inputs %t.in.jsonl --gas 4 -o %t.4.json 2>&1 | FileCheck --check-prefix=GAS %s
# GAS: pyctl: error: {{.*}}.in.jsonl:1: the call stopped: out of gas
# RUN: not test -e %t.4.json

# An endless loop stops at the deadline.
# RUN: echo '[-1]' > %t.spin.jsonl
# RUN: not pyctl --trace %s --inputs %t.spin.jsonl --timeout 0.2 -o %t.spin.json 2>&1 | FileCheck --check-prefix=TIMEOUT %s
# TIMEOUT: pyctl: error: {{.*}}.spin.jsonl:1: the call stopped: timeout

# RUN: not pyctl --emit-rust %t.json --gas 3 2>&1 | FileCheck --check-prefix=NOTTRACE %s
# NOTTRACE: pyctl: error: --gas, --timeout and --module-name only apply to --trace

def count(n):
    i = 0
    while i != n:
        i += 1
    return i
