# Binary operators bind as in CPython, whatever tree-sitter-python's grammar says: it gives `^` a
# higher precedence than `&`, so the front end re-associates chains of binary operators by
# Python's precedence table (`|` < `^` < `&` < shifts < `+ -` < `* / // %` < unary < `**`).
# RUN: pyctl -passes=scope-hoist %s | FileCheck %s
# RUN: pyctl --trace %s --inputs %S/../../Diagnostics/Inputs/one.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# Random expressions (fixed seed): pyctl's value and the printed program's value are CPython's.
# RUN: %python %S/Inputs/gen_precedence.py 7 300 > %t.random.py
# RUN: %python -c "import sys; exec(open(sys.argv[1]).read()); print(repr(main(0)))" %t.random.py > %t.expected
# RUN: echo '[0]' > %t.inputs.jsonl
# RUN: pyctl --trace %t.random.py --inputs %t.inputs.jsonl -o %t.random.json | %python -c "import json,sys; print(json.loads(sys.stdin.read())['repr'])" > %t.got
# RUN: diff %t.expected %t.got
# RUN: pyctl -passes=anf %t.random.py -o %t.anf.py
# RUN: %python -c "import sys; exec(open(sys.argv[1]).read()); print(repr(main(0)))" %t.anf.py | diff %t.expected -

# CHECK: return (x ^ 3 & 1, 1 | 2 ^ 3 & 4, x & 6 ^ 3, 2 ** 3 ** 2, 2 - 3 - 4, -2 ** 2)
# OUT: {"repr": "(0, 3, 3, 512, -5, -4)"
def main(x):
    return x ^ 3 & 1, 1 | 2 ^ 3 & 4, x & 6 ^ 3, 2 ** 3 ** 2, 2 - 3 - 4, -2 ** 2
