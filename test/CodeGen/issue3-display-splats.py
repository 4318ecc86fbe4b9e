# `**` in a dict display and `*` in a set display (issue 3's "* / ** in displays") compile: the
# dict is built entry by entry as CPython's DICT_UPDATE does (later keys replace values and keep
# the first key's position), a set's items are added in order, and the answers are the C++
# evaluator's and CPython's (expected lines from python3 3.11). A non-dict after `**` falls back,
# naming the reason. `*` in a list display compiles too.
# RUN: printf '%%s\n' '[{}, {}, ""]' '[{"a": 1}, {"a": 2, "k": 3}, "aab"]' '[{"\u00e9": null}, {"\u65e5": [1]}, "h\u00e9"]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry splats -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in | FileCheck --check-prefix=OUT %s
# RUN: printf '%%s\n' '[5, {}, ""]' | env PYCTL_FALLBACK_REASON=1 %t.bin 2> %t.err | FileCheck %s
# RUN: FileCheck --check-prefix=REASON %s < %t.err
# RUN: printf '%%s\n' '[[], "", 0]' '[[1, 2], "h\u00e9", -5]' > %t.list.in
# RUN: pyctl --trace %s --inputs %t.list.in --entry lists -o %t.list.json > /dev/null
# RUN: pyctl --build-rust %t.list.json -o %t.list.bin
# RUN: %t.list.bin < %t.list.in | FileCheck --check-prefix=LIST %s

# OUT:      {"repr": "[{'k': 0}, ['k'], {}, 0, []]", "stdout": ""
# OUT-NEXT: {"repr": "[{'a': 2, 'k': 3}, ['a', 'k'], {'a': 1}, 2, ['a', 'b']]", "stdout": ""
# OUT-NEXT: {"repr": "[{'é': None, 'k': 0, '日': [1]}, ['é', 'k', '日'], {'é': None}, 2, ['h', 'é']]", "stdout": ""
# RUST: dict_display_merge(
# RUST: set_display(
# CHECK: {"fallback": true}
# REASON: input line 1: fallback: {{.*}}'**' of a value that is not a dict
# LIST:      {"repr": "{{\[\[}}], [0], ['', 0, '']]", "stdout": ""
# LIST-NEXT: {"repr": "{{\[\[}}1, 2, 'h', 'é'], [1, 2, -5, 1, 2], ['hé', -5, 'hé']]", "stdout": ""

def splats(d, e, s):
    merged = {**d, "k": 0, **e}
    nested = {**{}, **d}
    chars = {*s}
    return [merged, list(merged), nested, len(chars), sorted(chars)]

def lists(xs, s, n):
    return [[*xs, *s], [*xs, n, *xs], [s, *[n], s]]
