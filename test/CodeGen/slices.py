# Slicing str/list/tuple/range with negative, missing and huge bounds and steps, and slice
# assignment to lists (expected lines computed with python3 3.11). A zero step, or an extended
# slice assigned a sequence of another length, falls back.
# RUN: pyctl --trace %s --inputs %S/Inputs/slices.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/slices.jsonl | FileCheck %s
# RUN: printf '[[1, 2, 3], "abc", 0, 2, 0]\n[[1, 2, 3], "abc", 0, 3, 1.5]\n' | %t.bin | FileCheck --check-prefix=FALLBACK %s
# FALLBACK-COUNT-2: {"fallback": true}

# CHECK:      {"repr": "{{[[][[]}}[1, 2, 3], [0, 1, 2, 3, 4, 5], [4, 5], [0], 'éll', 'dlröw olléh', 'ld', (4, 3, 2), [range(1, 4), [1, 2, 3], range(18, -3, -3)]], [0, 'a', 'b', 4, 9, 5], True, [0, 'a', 1, 4], True, 7]", "stdout": ""}
# CHECK-NEXT: {"repr": "{{[[][[]}}[], [5, 4, 3, 2, 1, 0], [0, 1, 2, 3, 4, 5], [0, 1, 2, 3], 'lröw olléh', 'dlröw olléh', 'ld', (), [range(8, -1, -1), [8, 7, 6, 5, 4, 3, 2, 1, 0], range(0, 21, 3)]], [0, 1, 2, 3, 'a', 'b', 4, 9, 5], True, [0, 1, 1, 3, 2, 'b', 3], True, 10]", "stdout": ""}
# CHECK-NEXT: {"repr": "{{[[][[]}}[], [], [], [], '', '', '', (), [range(0, 0, 2), [], range(18, -3, -6)]], ['a', 9, 'b'], True, [0], True, 4]", "stdout": ""}
# CHECK-NEXT: {"repr": "{{[[][[]}}[], ['c'], ['a', 'b', 'c'], ['a', 'b', 'c'], 'c', 'cba', 'bc', (), [range(9, -1, -4), [9, 5, 1], range(0, 21, 12)]], ['a', 'b', 'c', 'a', 9, 'b'], True, [0, 'b', 1, 'a'], True, 7]", "stdout": ""}
# CHECK-NEXT: {"repr": "{{[[][[]}}[], [1.5], [None, [2]], [1.5, None], '', 'zyx', 'yz', (), [range(9, 1, 3), [], range(18, -3, -9)]], [1.5, None, 'a', 'b', 9, [2]], True, [0, None, 1, 'b'], True, 7]", "stdout": ""}


def main(xs, s, i, j, k):
    got = [xs[i:j], xs[::k], xs[j:], xs[:i], s[i:j:k], s[::-1], s[-2:], tuple(xs)[j:i:-1]]
    r = range(10)[i:j:k]
    got.append([r, list(r), range(0, 20, 3)[::-k]])
    ys = xs
    xs[i:j] = "ab"
    xs[-1:-100] = [9]
    zs = xs[:]
    zs[::2] = range(len(zs[::2]))
    zs[-2:-2] = [zs]
    return [got, xs, ys is xs, zs[:-3], zs[-3] is zs, len(zs)]
