# list (and tuple) methods mutate the one shared list, as in CPython (expected lines computed with
# python3 3.11). sort() of items without a total order falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/list-methods.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/list-methods.jsonl | FileCheck %s

# CHECK:      {"repr": "{{[[][[]}}1, 2, 2, 3, 5, 5], True, False, [2, 1, 5, 2, 3, 5], [2, 2, 2], [1, 5, 0], 7, 7, [1, 2, 2, 3, 5, 5], [], 6]", "stdout": "", "json": {{[[][[]}}1, 2, 2, 3, 5, 5], true, false, [2, 1, 5, 2, 3, 5], [2, 2, 2], [1, 5, 0], 7, 7, [1, 2, 2, 3, 5, 5], [], 6]}
# CHECK-NEXT: {"repr": "{{[[][[]}}0, 0, 2], True, False, [2, 0, 0], [2, 1, 2], [1, 2, 0], 7, 7, [0, 0, 2], [], 3]", "stdout": "", "json": {{[[][[]}}0, 0, 2], true, false, [2, 0, 0], [2, 1, 2], [1, 2, 0], 7, 7, [0, 0, 2], [], 3]}
# CHECK-NEXT: {"repr": "{{[[][[]}}-1, True, 1.0, 1, 1, 2, 2.5], True, False, [2, 1, 1, 1.0, True, -1, 2.5], [5, 5, 5], [1, 4, 0], 7, 7, [-1, 1, 1, 1.0, True, 2, 2.5], [], 7]", "stdout": "", "json": {{[[][[]}}-1, true, 1.0, 1, 1, 2, 2.5], true, false, [2, 1, 1, 1.0, true, -1, 2.5], [5, 5, 5], [1, 4, 0], 7, 7, [-1, 1, 1, 1.0, true, 2, 2.5], [], 7]}
# CHECK-NEXT: {"repr": "{{[[][[]}}-9223372036854775808, -9223372036854775808, -9223372036854775808, 2, 9223372036854775807], True, False, [2, -9223372036854775808, -9223372036854775808, 9223372036854775807, -9223372036854775808], [3, 1, 3], [1, 3, 0], 7, 7, [-9223372036854775808, -9223372036854775808, -9223372036854775808, 2, 9223372036854775807], [], 5]", "stdout": "", "json": {{[[][[]}}-9223372036854775808, -9223372036854775808, -9223372036854775808, 2, 9223372036854775807], true, false, [2, -9223372036854775808, -9223372036854775808, 9223372036854775807, -9223372036854775808], [3, 1, 3], [1, 3, 0], 7, 7, [-9223372036854775808, -9223372036854775808, -9223372036854775808, 2, 9223372036854775807], [], 5]}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}


def main(xs, x):
    ys = xs
    ys.append(x)
    xs.insert(0, x)
    xs.insert(-100, 7)
    xs.extend([1, 2])
    xs.extend(xs[:1])
    n = [xs.count(x), xs.count(1), tuple(xs).count(x)]
    i = [xs.index(x), xs.index(x, 2), tuple(xs).index(7)]
    last = xs.pop()
    first = xs.pop(0)
    xs.remove(1)
    copy = xs.copy()
    copy.reverse()
    xs.sort()
    emptied = copy.copy()
    emptied.clear()
    return [xs, ys is xs, copy is xs, copy, n, i, last, first, sorted(copy), emptied, len(xs)]
