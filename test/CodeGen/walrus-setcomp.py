# Compiled code runs set comprehensions (a `set()` filled by `add`) and assignment expressions
# (plain assignments after anf) with CPython's answers; where a set of two or more items would show
# its order (`list(s)`, which the evaluator traces for ints), it falls back. The last input takes an `else` arm no traced input
# took: fallback. Expected lines computed with python3 3.11.
# RUN: head -n 3 %S/Inputs/walrus-setcomp.jsonl > %t.traced.jsonl
# RUN: pyctl --trace %s --inputs %t.traced.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/walrus-setcomp.jsonl | FileCheck %s
# RUST: builtins::set(
# RUN: pyctl --trace %s --entry shown --inputs %t.traced.jsonl -o %t.shown.json > /dev/null
# RUN: pyctl --build-rust %t.shown.json -o %t.shown.bin
# RUN: %t.shown.bin < %t.traced.jsonl | FileCheck --check-prefix=SHOWN %s

# CHECK:      {"repr": "{{[[][[]}}2, 4], 2, True, [1, 2, 3, 4], None, True, [30, 40], 40, 3, 'ABC']", {{.*}}}
# CHECK-NEXT: {"repr": "{{[[][[]}}], 0, False, [], None, '', [], None, 0, 'EMPTY']", {{.*}}}
# CHECK-NEXT: {"repr": "{{[[][[]}}-6, 2], 2, False, [5, -6, 2], None, False, [50], 20, 2, 'É日']", {{.*}}}
# CHECK-NEXT: {"fallback": true}
# SHOWN:      {"fallback": true}
# SHOWN-NEXT: {"repr": "{{[[][]]}}", {{.*}}}
# SHOWN-NEXT: {"fallback": true}

def main(xs, s):
    evens = {x for x in xs if x % 2 == 0}
    it = iter(xs)
    seen = []
    while (v := next(it, None)) is not None:
        seen.append(v)
    ok = s and (n := len(s)) > 2
    big = [y for x in xs if (y := x * 10) > 20]
    if (u := s.upper()) or len(xs) != 2:
        shout = u if u else "EMPTY"
    else:
        shout = "never traced"
    return [sorted(evens), len(evens), 4 in evens, seen, v, ok, big, y if big else None, n if s else 0, shout]

def shown(xs, s):
    return list({x * 2 for x in xs})
