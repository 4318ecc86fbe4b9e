# sorted() and list.sort() run CPython 3.11's listsort (natural runs, binary insertion up to
# minrun, powersort merges, galloping), so lists of 64 items and more whose keys `<` does not
# totally order sort as in CPython: NaNs, sets (ordered by inclusion), and tuples or ints mixed
# with strs, where the first TypeError is CPython's (the lone last 's' of "tail" is compared first
# by merge_at's gallop, after two runs were merged) and the list is left partly sorted as CPython
# leaves it. The C++ evaluator and the Python tracer agree.
# RUN: printf '[200, 1, "nan"]\n[1500, 2, "nan"]\n[300, 3, "sets"]\n[1000, 4, "pairs"]\n[1000, 5, "pairs"]\n[401, 6, "tail"]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# Random lists of up to 2000 items (utils/sort_order_check.py) agree with CPython.
# RUN: %python %S/../../utils/sort_order_check.py --pyctl pyctl --lists 60 --seed 7 | FileCheck --check-prefix=RANDOM %s

def make(n, seed, kind):
    xs = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        v = x // 65536 % 50
        if kind == 'nan':
            xs.append(float('nan') if v % 11 == 0 else v / 2)
        elif kind == 'sets':
            s = set()
            for j in range(3):
                if (v >> j) & 1:
                    s.add(j)
            xs.append(s)
        elif kind == 'pairs':
            xs.append((x % 1000, 'x' if i == n * 3 // 4 else v))
        else:
            xs.append(i if i < n - 52 else (v if i < n - 1 else 's'))
    return xs


def main(n, seed, kind):
    xs = make(n, seed, kind)
    out = []
    for reverse in [False, True]:
        order = list(range(n))
        try:
            order.sort(key=lambda i: xs[i], reverse=reverse)
            out.append('sorted')
        except TypeError as e:
            out.append(str(e))
        out.append(sum([(i + 1) * p for i, p in enumerate(order)]))
        out.append(order[:6])
    try:
        ys = sorted(xs)
        out.append(ys[:4])
    except TypeError as e:
        out.append(str(e))
    return out

# CHECK:      {"repr": "['sorted', 2635656, [4, 34, 33, 37, 47, 25], 'sorted', 2556478, [10, 17, 22, 23, 27, 15], [0.5, 0.5, 1.0, 1.5]]"
# CHECK-NEXT: {"repr": "['sorted', 1124593823, [11, 8, 44, 19, 10, 24], 'sorted', 1121485442, [46, 410, 55, 393, 412, 45], [0.5, 1.0, 1.0, 1.5]]"
# CHECK-NEXT: {"repr": "['sorted', 7741837, [11, 16, 19, 25, 26, 29], 'sorted', 8063353, [0, 1, 2, 6, 9, 13], [set(), set(), set(), set()]]"
# CHECK-NEXT: {"repr": "[\"'<' not supported between instances of 'int' and 'str'\", 313301116, [171, 75, 393, 359, 457, 2], \"'<' not supported between instances of 'str' and 'int'\", 332802071, [0, 1, 2, 3, 4, 5], \"'<' not supported between instances of 'int' and 'str'\"]"
# CHECK-NEXT: {"repr": "[\"'<' not supported between instances of 'int' and 'str'\", 319725352, [371, 411, 144, 334, 118, 148], \"'<' not supported between instances of 'str' and 'int'\", 332021491, [0, 1, 2, 3, 4, 5], \"'<' not supported between instances of 'int' and 'str'\"]"
# CHECK-NEXT: {"repr": "[\"'<' not supported between instances of 'str' and 'int'\", 21483932, [0, 1, 2, 3, 4, 5], \"'<' not supported between instances of 'int' and 'str'\", 21493600, [0, 1, 2, 3, 4, 5], \"'<' not supported between instances of 'str' and 'int'\"]"
# RANDOM: 60 lists agree ({{[0-9]+}} of 64 or more items, {{[0-9]+}} raised TypeError)
