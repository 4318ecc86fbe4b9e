# Compiled code does not run `pullCallback` labels yet: a map or filter that calls a user function
# falls back when an item is pulled (never a wrong answer), while the same program's paths that
# pull only builtin maps run compiled. Expected lines computed with python3 3.11.
# RUN: printf '[[1, 2], 0]\n[[1, 2], 1]\n[[], 1]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.inputs.jsonl | FileCheck %s

# CHECK:      {"fallback": true}
# CHECK-NEXT: {"repr": "[1, 2]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[]", "stdout": "", {{.*}}}

def main(xs, mode):
    if mode == 0:
        return list(map(lambda x: x * 10, xs))
    return list(map(abs, xs))
