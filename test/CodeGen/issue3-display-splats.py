# `**` in a dict display and `*` in a set display (issue 3's "* / ** in displays") are not in
# the compiled runtime: compiled code falls back at them, naming the reason, and never guesses;
# the C++ evaluator gives CPython's answers (expected lines from python3 3.11), and `*` in a list
# display compiles.
# RUN: printf '%%s\n' '[{}, {}, ""]' '[{"a": 1}, {"a": 2, "k": 3}, "aab"]' '[{"\u00e9": null}, {"\u65e5": [1]}, "h\u00e9"]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry splats -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: env PYCTL_FALLBACK_REASON=1 %t.bin < %t.in 2> %t.err | FileCheck %s
# RUN: FileCheck --check-prefix=REASON %s < %t.err
# RUN: printf '%%s\n' '[[], "", 0]' '[[1, 2], "h\u00e9", -5]' > %t.list.in
# RUN: pyctl --trace %s --inputs %t.list.in --entry lists -o %t.list.json > /dev/null
# RUN: pyctl --build-rust %t.list.json -o %t.list.bin
# RUN: %t.list.bin < %t.list.in | FileCheck --check-prefix=LIST %s

# OUT:      {"repr": "[{'k': 0}, ['k'], {}, 0, []]", "stdout": ""
# OUT-NEXT: {"repr": "[{'a': 2, 'k': 3}, ['a', 'k'], {'a': 1}, 2, ['a', 'b']]", "stdout": ""
# OUT-NEXT: {"repr": "[{'é': None, 'k': 0, '日': [1]}, ['é', 'k', '日'], {'é': None}, 2, ['h', 'é']]", "stdout": ""
# RUST: '**' in a dict display
# CHECK-COUNT-3: {"fallback": true}
# REASON: input line 1: fallback: {{.*}}'**' in a dict display
# LIST:      {"repr": "{{\[\[}}], [0], ['', 0, '']]", "stdout": ""
# LIST-NEXT: {"repr": "{{\[\[}}1, 2, 'h', 'é'], [1, 2, -5, 1, 2], ['hé', -5, 'hé']]", "stdout": ""

def splats(d, e, s):
    merged = {**d, "k": 0, **e}
    nested = {**{}, **d}
    chars = {*s}
    return [merged, list(merged), nested, len(chars), sorted(chars)]

def lists(xs, s, n):
    return [[*xs, *s], [*xs, n, *xs], [s, *[n], s]]
