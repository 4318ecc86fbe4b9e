# Set comprehensions and assignment expressions reach the tracers as ordinary statements: a set
# comprehension is `set = set()` and a loop of `add` calls, a walrus `_t = v` then `y = _t` (only
# on the taken arm of `and`). Both tracers record the same trace. Expected lines computed with
# python3 3.11.
# RUN: printf '[[1, 2, 3, 4], "abc"]\n[[], ""]\n[[5, -6, 2], "\\u00e9\\u65e5"]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# OUT:      {"repr": "{{[[][[]}}2, 4], 2, True, [1, 2, 3, 4], None, True, [30, 40], 40, 3]", {{.*}}}
# OUT-NEXT: {"repr": "{{[[][[]}}], 0, False, [], None, '', [], None, 0]", {{.*}}}
# OUT-NEXT: {"repr": "{{[[][[]}}-6, 2], 2, False, [5, -6, 2], None, False, [50], 20, 2]", {{.*}}}
# TRACE:      set [[S:_t[0-9]+\$1]] = set()
# TRACE:      [[S]].add([[C:_c[0-9]+\$1]])
# TRACE:      set evens$1 = [[S]]
# TRACE:      set [[V:_t[0-9]+\$1]] = next(it$1, None)
# TRACE-NEXT: set v$1 = [[V]]
# TRACE-NEXT: if (not ([[V]] isnot None))
# TRACE:      if [[A:_t[0-9]+\$1]]
# TRACE-NEXT:   set [[N:_t[0-9]+\$1]] = len(s$1)
# TRACE-NEXT:   set n$1 = [[N]]
# TRACE-NEXT:   set [[A]] = ([[N]] > 2)
# TRACE:      set [[Y:_t[0-9]+\$1]] = ({{_c[0-9]+}}$1 * 10)
# TRACE-NEXT: set y$1 = [[Y]]

def main(xs, s):
    evens = {x for x in xs if x % 2 == 0}
    it = iter(xs)
    seen = []
    while (v := next(it, None)) is not None:
        seen.append(v)
    ok = s and (n := len(s)) > 2
    big = [y for x in xs if (y := x * 10) > 20]
    return [sorted(evens), len(evens), 4 in evens, seen, v, ok, big, y if big else None, n if s else 0]
