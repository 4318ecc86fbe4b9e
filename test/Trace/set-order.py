# Sets of ints, floats, bools and tuples of them iterate, print and pop in CPython 3.11's order:
# the evaluator runs CPython's table algorithms (probing, dummies, resizes, set_merge). Displays of
# three or more constants are frozensets merged into a new set; `{*a, b}` adds and merges as
# SET_ADD / SET_UPDATE do. The C++ evaluator and the Python tracer agree.
# RUN: printf '[0]\n[5]\n[-40]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# At least 10 of the 40 random programs must run (the rest may be refused, never differ).
# RUN: %python %S/../../utils/set_order_check.py --pyctl pyctl --programs 40 --seed 7 | FileCheck --check-prefix=RANDOM %s

def main(n):
    s = {n, 33 + n, 1, 2.5, (n, 1), True}
    out = [list(s), repr({9, 18, 4})]
    s.discard(1)
    s.add(65 + n)
    out.append(list(s))
    s |= set(range(n, n + 12))
    out.append(list(s))
    popped = []
    for _ in range(3):
        popped.append(s.pop())
    out.append(popped)
    out.append(list({*[n, 40, 8], n * 2}))
    out.append(list(s ^ {0, 100, 2.5}))
    t = set()
    for x in s:
        if x not in t:
            t.add(x)
    out.append(list(t - {n}))
    out.append([x * 2 for x in {3, 1, 4, 10, 5}] + list({16, 23, 58, 38, 30, 40}))
    return " | ".join([repr(x) for x in out])

# CHECK:      {"repr": "\"[0, 33, 2.5, 1, (0, 1)] | '{9, 18, 4}' | [0, 33, 2.5, 65, (0, 1)] | [0, 33, 2.5, 65, (0, 1), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] | [0, 33, 2.5] | [0, 8, 40] | [0, 65, 2.5, (0, 1), 100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] | [(0, 1), 65, 2, 3, 1, 4, 5, 6, 7, 8, 9, 10, 11] | [2, 6, 8, 10, 20, 16, 38, 23, 40, 58, 30]\""
# CHECK-NEXT: {"repr": "\"[1, 2.5, 5, 38, (5, 1)] | '{9, 18, 4}' | [2.5, 5, 38, 70, (5, 1)] | [2.5, 5, 38, 70, 6, 7, 8, 9, 10, (5, 1), 11, 12, 13, 14, 15, 16] | [2.5, 5, 38] | [40, 8, 10, 5] | [0, 2.5, 100, 70, 6, 7, 8, 9, 10, 11, (5, 1), 12, 13, 14, 15, 16] | [70, 7, 8, 9, 6, 10, 11, (5, 1), 12, 13, 14, 15, 16] | [2, 6, 8, 10, 20, 16, 38, 23, 40, 58, 30]\""
# CHECK-NEXT: {"repr": "\"[1, 2.5, (-40, 1), -40, -7] | '{9, 18, 4}' | [2.5, (-40, 1), -40, -7, 25] | [-32, -31, 2.5, -30, -29, (-40, 1), -36, -34, -40, -7, -38, -37, -39, -35, 25, -33] | [-32, -31, 2.5] | [-40, 8, 40, -80] | [0, 2.5, -30, 100, -29, (-40, 1), -39, 25, -40, -7, -38, -37, -36, -35, -34, -33] | [-30, -29, (-40, 1), -39, 25, -7, -38, -37, -36, -35, -34, -33] | [2, 6, 8, 10, 20, 16, 38, 23, 40, 58, 30]\""
# RANDOM: {{[1-9][0-9]}} programs agree, {{[0-9]+}} refused as unsupported
