# Compiled code runs the new lambda and assignment forms: lambdas with default values (made by a
# factory call where the lambda stands), *args, keyword-only parameters and **kwargs; lambdas in
# comprehensions, which capture the comprehension's variables by reference, fresh per run of the
# comprehension, and are a new function per item; chained assignment. Expected lines computed
# with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/lambdas-ext.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/lambdas-ext.jsonl | FileCheck %s

# CHECK:      {"repr": "{{\[\[}}2, 2, 2], [(1, 1), (1, 1), (1, 3), (1, 3)], [16, 12, 14], True, -1, [5, 5], False]", "stdout": "", "json": {{\[\[}}2, 2, 2], {{\[\[}}1, 1], [1, 1], [1, 3], [1, 3]], [16, 12, 14], true, -1, [5, 5], false]}
# CHECK-NEXT: {"repr": "{{\[\[}}2, 2, 2], [(1, 1), (1, 1), (1, 3), (1, 3)], [], True, -1, [0, 0], False]", "stdout": "", "json": {{\[\[}}2, 2, 2], {{\[\[}}1, 1], [1, 1], [1, 3], [1, 3]], [], true, -1, [0, 0], false]}
# CHECK-NEXT: {"repr": "{{\[\[}}2, 2, 2], [(1, 1), (1, 1), (1, 3), (1, 3)], [-10], True, -1, [-1, -1], False]", "stdout": "", "json": {{\[\[}}2, 2, 2], {{\[\[}}1, 1], [1, 1], [1, 3], [1, 3]], [-10], true, -1, [-1, -1], false]}

def main(xs, k):
    fs = [lambda: i for i in range(3)]
    fresh = []
    for j in range(2):
        fresh += [lambda: (j, v) for v in range(j * 2, j * 2 + 2)]
    addk = lambda v, step=k, *more, scale=2, **kw: (v + step) * scale + len(more) + len(kw)
    a = b = [addk(x) for x in xs]
    table = {c: (lambda w: w * c) for c in range(2)}
    return [[f() for f in fs], [f() for f in fresh], a, a is b, addk(1, 2, 3, scale=-1, x=0),
            [table[c](k) for c in table], fs[0] is fs[1]]
