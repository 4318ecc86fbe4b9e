# Issue 3's expression forms compiled to Rust: subscripts and slices with negative indices and
# steps (a str by code point, a list, a tuple, a range), conditional expressions, in / not in, is /
# is not, chained comparisons, f-strings with format specs, %-formatting, list and set displays
# with * (lists), ** in a call, list and dict comprehensions, and lambdas; CPython's answers on empty,
# zero, negative and non-ASCII inputs. (`**` in a dict display and `*` in a set display: issue3-display-splats.py.)
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-expressions.jsonl --entry exprs -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/issue3-expressions.jsonl | FileCheck %s

# CHECK:      {{^}}{"repr": "['', '', '', '', [], [], [], (), range(-1, -1, -1), ['small', 0], [True, True, False, True, True, True, False], [True, True, True, True, True], [True, True, True, True, False], ['    0|0    |   0   |00000|+0|0|0|0', \"      ''\", '_________'], ['0.00', '0.0e+00', '0', '0.000000%', '0[]'], [\"|''|    0|0    |000.0|0|%\", '0-'], {{\[\[}}], [0], {'k': 0, 's': '', 'z': 0}, True], {{\[\[}}], {}, [], {}], [0, '', ((), ['k', 's']), 0, []]]", "stdout": ""}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['a', 'a', 'a', '', [1], [1], [], (1,), range(0, -1, -1), ['small', 1], [False, True, True, False, True, True, False], [True, True, True, True, True], [True, True, True, True, True], ['    1|1    |   1   |00001|+1|1|1|1', \"     'a'\", '____a____'], ['0.33', '1.0e+00', '1', '100.000000%', 'a1[1]'], [\"a|'a'|    1|1    |000.1|1|%\", '1-a'], {{\[\[}}1, 'a'], [1, 1, 1], {'k': -1, 's': 'a', 'z': 0}, True], {{\[\[}}'aa'], {'a': 0}, [1], {}], [2, 'aa', ((1,), ['k', 's']), 1, [1]]]", "stdout": ""}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['d', 'dlröw olléh', 'drwolh', 'éllo wörl', [-1, 2], [2, -1, 3], [], (2, 3), range(-2, 0), ['neg', -3], [False, True, False, True, True, True, False], [True, True, True, True, True], [False, True, True, True, True], ['   -3|-3   |  -3   |-0003|-3|-3|-3|-11', \"'héllo wörld'\", 'héllo wörld'], ['-1.00', '-3.0e+00', '-3', '-300.000000%', 'héllo wörld-3[3, -1, 2]'], [\"héllo wörld|'héllo wörld'|   -3|-3   |-00.4|3|%\", '-3-héllo wörld'], {{\[\[}}3, -1, 2, 'h', 'é', 'l', 'l', 'o', ' ', 'w', 'ö', 'r', 'l', 'd'], [3, -1, 2, -3, 3, -1, 2], {'k': 3, 's': 'héllo wörld', 'z': 0}, True], {{\[\[}}'hh', 'éé', 'll', 'll', 'oo', 'ww', 'öö', 'rr', 'll', 'dd'], {'h': 0, 'é': 1, 'l': 9, 'o': 4, ' ': 5, 'w': 6, 'ö': 7, 'r': 8, 'd': 10}, [3, -1, 2], {}], [-6, 'héllo wörldhéllo wörld', ((3, -1, 2), ['k', 's']), -3, [3, 2, -1]]]", "stdout": ""}{{$}}
# CHECK-NEXT: {{^}}{"repr": "['語', '語本日', '語日', '本', [0, 0], [0, 0], [], (0,), range(6, 3, -1), ['small', 7], [False, True, False, True, True, True, False], [True, True, True, True, True], [True, False, False, False, True], ['    7|7    |   7   |00007|+7|7|7|111', \"   '日本語'\", '___日本語___'], ['2.33', '7.0e+00', '7', '700.000000%', '日本語7[0, 0]'], [\"日本語|'日本語'|    7|7    |001.0|7|%\", '7-日本語'], {{\[\[}}0, 0, '日', '本', '語'], [0, 0, 7, 0, 0], {'k': -7, 's': '日本語', 'z': 0}, True], {{\[\[}}'日日', '本本', '語語'], {'日': 0, '本': 1, '語': 2}, [], {}], [14, '日本語日本語', ((0, 0), ['k', 's']), 7, [0, 0]]]", "stdout": ""}{{$}}
# RUST-DAG: builtins::format(

# The expression forms of issue 3 at their edges: subscripts and slices with negative indices and
# steps (str by code point, list, tuple, range), conditional expressions, in / not in, is / is not,
# chained comparisons, f-strings with format specs, %-formatting, list / dict / set displays with
# * (and ** in a call), list and dict comprehensions, and lambda.
def exprs(s, xs, n):
    d = {"k": n, "s": s}
    out = [s[-1:], s[::-1], s[::-2], s[1:-1], xs[-2:], xs[::-1], xs[len(xs):], tuple(xs)[::-2]]
    out.append(range(n)[::-1][:3] if n >= 0 else range(n, 0)[-2:])
    out.append(["big" if n > 100 else "neg" if n < 0 else "small", n if s else -n])
    out.append([s in "xé日", "" in s, n in xs, n not in xs, "k" in d, "z" not in d, s in d])
    out.append([xs is xs, xs is not xs[:], None is None, n is not None, xs[:] == xs])
    out.append([0 <= n < 10, -5 < n <= 5 < 100, s < "m" <= "z", 1 < 2 > n, n == n == n != 0])
    out.append([f"{n:>5}|{n:<5}|{n:^7}|{n:05d}|{n:+d}|{n:,}|{n:x}|{n:b}", f"{s!r:>8}", f"{s:_^9}"])
    out.append([f"{n / 3:.2f}", f"{n:.1e}", f"{n * 1.0:g}", f"{n:%}" if abs(n) < 1000 else "", f"{s}{n}{xs}"])
    out.append(["%s|%r|%5d|%-5d|%05.1f|%x|%%" % (s, s, n, n, n / 7, abs(n)), "%(k)d-%(s)s" % d])
    out.append([[*xs, *s], [*xs, n, *xs], dict(d, k=-n, **{"z": 0}), {n, n, -n} == {n, -n}])
    out.append([[c * 2 for c in s if c != " "], {c: i for i, c in enumerate(s)}, [x for x in xs if x], {i: [] for i in range(0)}])
    f = lambda a, b=n: a * b
    g = lambda *a, **k: (a, sorted(k))
    out.append([f(2), f(s, 2), g(*xs, **d), (lambda: n)(), sorted(xs, key=lambda v: -v) if all(isinstance(v, int) for v in xs) else None])
    return out
