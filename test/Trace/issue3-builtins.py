# Issue 3's builtins (len range print str int float bool abs min max sum sorted reversed enumerate
# zip isinstance round divmod list dict tuple set any all map filter) in the C++ evaluator and the
# Python tracer: CPython's answers (expected lines from python3 3.11) on empty, zero, negative,
# non-ASCII and huge arguments, each builtin recorded as a primApp, and identical traces.
# RUN: pyctl --trace %s --inputs %S/Inputs/issue3-builtins.jsonl --entry builtins -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/issue3-builtins.jsonl --entry builtins --source %s -o %t.py.json > %t.py.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {{^}}{"repr": "[0, 0, 0, '0', '0.0', '', '[]', [0, 0, None, 1, 0], [0.0, 0.0, None, True], [False, False, False, False, False, True, False, True], [0, 0.0, 0, 1], [0, 0, None, '∅', None, 0], [0, 10, 0.0, 0, 0], {{\[\[}}], [], [], []], {{\[\[}}], [], [], ''], {{\[\[}}], [], [], []], [True, True, True, False, True], [0, 0.0, 0, 0, 0, 2, 2, 0], [(0, 0), (0, 0), (0.0, 0.0), (0, 0)], {{\[\[}}], [], [], ['a'], {'a': 0}, {'': 0}, {1: 2, 'b': ''}], [(), (), (), True, 0, True], [False, True, False, True, False, True], {{\[\[}}], [], [], []]]", "stdout": "0|0.0|!\n\n\n", "json": [0, 0, 0, "0", "0.0", "", "[]", [0, 0, null, 1, 0], [0.0, 0.0, null, true], [false, false, false, false, false, true, false, true], [0, 0.0, 0, 1], [0, 0, null, "∅", null, 0], [0, 10, 0.0, 0, 0], {{\[\[}}], [], [], []], {{\[\[}}], [], [], ""], {{\[\[}}], [], [], []], [true, true, true, false, true], [0, 0.0, 0, 0, 0, 2, 2, 0], {{\[\[}}0, 0], [0, 0], [0.0, 0.0], [0, 0]], {{\[\[}}], [], [], ["a"], {"a": 0}, {"": 0}, {"1": 2, "b": ""}], {{\[\[}}], [], [], true, 0, true], [false, true, false, true, false, true], {{\[\[}}], [], [], []]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[3, 3, 7, '7', '2.5', 'abc', '[1, 2, 3]', [2, 7, None, 1, -2], [7.0, 2.5, None, True], [True, True, True, True, False, True, False, True], [7, 2.5, 7, 1], [2.5, 7, 'a', 'c', 1, 3], [6, 16, 5.0, 7, 21], {{\[\[}}1, 2, 3], [3, 2, 1], ['a', 'b', 'c'], ['c', 'b', 'a']], {{\[\[}}3, 2, 1], ['c', 'b', 'a'], [1, 0], 'cba'], {{\[\[}}(0, 'a'), (1, 'b'), (2, 'c')], [(-1, 1), (0, 2), (1, 3)], [(1, 'a'), (2, 'b'), (3, 'c')], [('a', 'a', 1), ('b', 'b', 2), ('c', 'c', 3)]], [True, True, True, False, True], [2, 2.5, 0, -2, 0, 2, 2, 0], [(1, 0), (-1, 0), (1.0, 1.0), (-3, 2)], {{\[\[}}'a', 'b', 'c'], [1, 2, 3], [], ['a'], {'a': 7}, {'abc': 7}, {1: 2, 'b': 'abc'}], [('a', 'b', 'c'), (1, 2, 3), (), True, 3, True], [True, True, False, True, True, True], {{\[\[}}'1', '2', '3'], ['aa', 'bb', 'cc'], [1, 2, 3], ['b', 'c']]]", "stdout": "7|2.5|abc!\n1 2 3\n\n", "json": [3, 3, 7, "7", "2.5", "abc", "[1, 2, 3]", [2, 7, null, 1, -2], [7.0, 2.5, null, true], [true, true, true, true, false, true, false, true], [7, 2.5, 7, 1], [2.5, 7, "a", "c", 1, 3], [6, 16, 5.0, 7, 21], {{\[\[}}1, 2, 3], [3, 2, 1], ["a", "b", "c"], ["c", "b", "a"]], {{\[\[}}3, 2, 1], ["c", "b", "a"], [1, 0], "cba"], {{\[\[}}[0, "a"], [1, "b"], [2, "c"]], {{\[\[}}-1, 1], [0, 2], [1, 3]], {{\[\[}}1, "a"], [2, "b"], [3, "c"]], {{\[\[}}"a", "a", 1], ["b", "b", 2], ["c", "c", 3]]], [true, true, true, false, true], [2, 2.5, 0, -2, 0, 2, 2, 0], {{\[\[}}1, 0], [-1, 0], [1.0, 1.0], [-3, 2]], {{\[\[}}"a", "b", "c"], [1, 2, 3], [], ["a"], {"a": 7}, {"abc": 7}, {"1": 2, "b": "abc"}], {{\[\[}}"a", "b", "c"], [1, 2, 3], [], true, 3, true], [true, true, false, true, true, true], {{\[\[}}"1", "2", "3"], ["aa", "bb", "cc"], [1, 2, 3], ["b", "c"]]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[3, 5, 0, '-7', '-2.675', 'héllo', '[-5, 0, 5]', [-2, -7, None, 1, 2], [-7.0, -2.675, None, True], [True, True, True, True, False, True, False, True], [7, 2.675, 7, 1], [-7, -2.675, 'h', 'é', -5, 5], [0, 10, -5.35, -7, 0], {{\[\[}}-5, 0, 5], [5, 0, -5], ['h', 'l', 'l', 'o', 'é'], ['é', 'o', 'l', 'l', 'h']], {{\[\[}}5, 0, -5], ['o', 'l', 'l', 'é', 'h'], [2, 1, 0], 'olléh'], {{\[\[}}(0, 'h'), (1, 'é'), (2, 'l'), (3, 'l'), (4, 'o')], [(-1, -5), (0, 0), (1, 5)], [(-5, 'h'), (0, 'é'), (5, 'l')], [('h', 'h', -5), ('é', 'é', 0), ('l', 'l', 5)]], [True, True, True, False, True], [-3, -2.67, 0, 3, 0, 2, 2, 0], [(-1, 0), (1, 0), (-2.0, 0.3250000000000002), (2, 1)], {{\[\[}}'h', 'é', 'l', 'l', 'o'], [-5, 0, 5], [], ['a'], {'a': -7}, {'héllo': -7}, {1: 2, 'b': 'héllo'}], [('h', 'é', 'l', 'l', 'o'), (-5, 0, 5), (), True, 4, True], [True, False, False, True, True, True], {{\[\[}}'-5', '0', '5'], ['hh', 'éé', 'll', 'll', 'oo'], [-5, 5], ['h', 'é', 'l', 'l', 'o']]]", "stdout": "-7|-2.675|héllo!\n-5 0 5\n\n", "json": [3, 5, 0, "-7", "-2.675", "héllo", "[-5, 0, 5]", [-2, -7, null, 1, 2], [-7.0, -2.675, null, true], [true, true, true, true, false, true, false, true], [7, 2.675, 7, 1], [-7, -2.675, "h", "é", -5, 5], [0, 10, -5.35, -7, 0], {{\[\[}}-5, 0, 5], [5, 0, -5], ["h", "l", "l", "o", "é"], ["é", "o", "l", "l", "h"]], {{\[\[}}5, 0, -5], ["o", "l", "l", "é", "h"], [2, 1, 0], "olléh"], {{\[\[}}[0, "h"], [1, "é"], [2, "l"], [3, "l"], [4, "o"]], {{\[\[}}-1, -5], [0, 0], [1, 5]], {{\[\[}}-5, "h"], [0, "é"], [5, "l"]], {{\[\[}}"h", "h", -5], ["é", "é", 0], ["l", "l", 5]]], [true, true, true, false, true], [-3, -2.67, 0, 3, 0, 2, 2, 0], {{\[\[}}-1, 0], [1, 0], [-2.0, 0.3250000000000002], [2, 1]], {{\[\[}}"h", "é", "l", "l", "o"], [-5, 0, 5], [], ["a"], {"a": -7}, {"héllo": -7}, {"1": 2, "b": "héllo"}], {{\[\[}}"h", "é", "l", "l", "o"], [-5, 0, 5], [], true, 4, true], [true, false, false, true, true, true], {{\[\[}}"-5", "0", "5"], ["hh", "éé", "ll", "ll", "oo"], [-5, 5], ["h", "é", "l", "l", "o"]]]}{{$}}
# OUT-NEXT: {{^}}{"repr": "[2, 1, 9223372036854775807, '9223372036854775807', '1e-07', 'x', '[3000000000, 4000000000]', [0, 9223372036854775807, None, 1, 0], [9.223372036854776e+18, 1e-07, None, True], [True, True, True, True, False, True, False, True], [9223372036854775807, 1e-07, 9223372036854775807, 1], [1e-07, 9223372036854775807, 'x', 'x', 3000000000, 4000000000], [7000000000, 7000000010, 2e-07, 9223372036854775807, 3], {{\[\[}}3000000000, 4000000000], [4000000000, 3000000000], ['x'], ['x']], {{\[\[}}4000000000, 3000000000], ['x'], [1, 0], 'x'], {{\[\[}}(0, 'x')], [(-1, 3000000000), (0, 4000000000)], [(3000000000, 'x')], [('x', 'x', 3000000000)]], [True, True, True, False, True], [0, 0.0, 9223372036854775800, 0, 0, 2, 2, 0], [(1317624576693539401, 0), (-1317624576693539401, 0), (0.0, 1e-07), (-3074457345618258603, 2)], {{\[\[}}'x'], [3000000000, 4000000000], [], ['a'], {'a': 9223372036854775807}, {'x': 9223372036854775807}, {1: 2, 'b': 'x'}], [('x',), (3000000000, 4000000000), (), True, 1, True], [True, True, False, True, True, False], {{\[\[}}'3000000000', '4000000000'], ['xx'], [3000000000, 4000000000], ['x']]]", "stdout": "9223372036854775807|1e-07|x!\n3000000000 4000000000\n\n", "json": [2, 1, 9223372036854775807, "9223372036854775807", "1e-07", "x", "[3000000000, 4000000000]", [0, 9223372036854775807, null, 1, 0], [9.223372036854776e+18, 1e-07, null, true], [true, true, true, true, false, true, false, true], [9223372036854775807, 1e-07, 9223372036854775807, 1], [1e-07, 9223372036854775807, "x", "x", 3000000000, 4000000000], [7000000000, 7000000010, 2e-07, 9223372036854775807, 3], {{\[\[}}3000000000, 4000000000], [4000000000, 3000000000], ["x"], ["x"]], {{\[\[}}4000000000, 3000000000], ["x"], [1, 0], "x"], {{\[\[}}[0, "x"]], {{\[\[}}-1, 3000000000], [0, 4000000000]], {{\[\[}}3000000000, "x"]], {{\[\[}}"x", "x", 3000000000]]], [true, true, true, false, true], [0, 0.0, 9223372036854775800, 0, 0, 2, 2, 0], {{\[\[}}1317624576693539401, 0], [-1317624576693539401, 0], [0.0, 1e-07], [-3074457345618258603, 2]], {{\[\[}}"x"], [3000000000, 4000000000], [], ["a"], {"a": 9223372036854775807}, {"x": 9223372036854775807}, {"1": 2, "b": "x"}], {{\[\[}}"x"], [3000000000, 4000000000], [], true, 1, true], [true, true, false, true, true, false], {{\[\[}}"3000000000", "4000000000"], ["xx"], [3000000000, 4000000000], ["x"]]]}{{$}}
# TRACE-DAG: {{[^A-Za-z_.]}}len(
# TRACE-DAG: {{[^A-Za-z_.]}}print(
# TRACE-DAG: {{[^A-Za-z_.]}}str(
# TRACE-DAG: {{[^A-Za-z_.]}}int(
# TRACE-DAG: {{[^A-Za-z_.]}}float(
# TRACE-DAG: {{[^A-Za-z_.]}}bool(
# TRACE-DAG: {{[^A-Za-z_.]}}abs(
# TRACE-DAG: {{[^A-Za-z_.]}}min(
# TRACE-DAG: {{[^A-Za-z_.]}}max(
# TRACE-DAG: {{[^A-Za-z_.]}}sum(
# TRACE-DAG: {{[^A-Za-z_.]}}sorted(
# TRACE-DAG: {{[^A-Za-z_.]}}reversed(
# TRACE-DAG: {{[^A-Za-z_.]}}enumerate(
# TRACE-DAG: {{[^A-Za-z_.]}}zip(
# TRACE-DAG: {{[^A-Za-z_.]}}isinstance(
# TRACE-DAG: {{[^A-Za-z_.]}}round(
# TRACE-DAG: {{[^A-Za-z_.]}}divmod(
# TRACE-DAG: {{[^A-Za-z_.]}}list(
# TRACE-DAG: {{[^A-Za-z_.]}}dict(
# TRACE-DAG: {{[^A-Za-z_.]}}tuple(
# TRACE-DAG: {{[^A-Za-z_.]}}set(
# TRACE-DAG: {{[^A-Za-z_.]}}any(
# TRACE-DAG: {{[^A-Za-z_.]}}all(
# TRACE-DAG: {{[^A-Za-z_.]}}map(
# TRACE-DAG: {{[^A-Za-z_.]}}filter(
# TRACE-DAG: {{[^A-Za-z_.]}}range(

# Every builtin of issue 3 on the edges of its argument types: empty containers, zero, negative,
# huge and non-ASCII values. Inputs whose call raises in CPython (min of an empty list, int of a
# non-number str, ...) check that the exception is the same.
def builtins(xs, s, n, f):
    out = [len(xs), len(s), len(range(n)), str(n), str(f), str(s), str(xs)]
    out.append([int(f), int(str(n)), int(s) if s.strip().lstrip("-").isdigit() else None, int(True), int(-f)])
    out.append([float(n), float(str(f)), float(s) if s.replace(".", "", 1).isdigit() else None, float("-inf") < f])
    out.append([bool(xs), bool(s), bool(n), bool(f), bool(None), bool([[]]), bool(""), bool("0")])
    out.append([abs(n), abs(f), abs(-n), abs(True)])
    out.append([min(n, f), max(n, f), min(s) if s else None, max(s, default="∅"), min(xs, default=None), max(xs or [0])])
    out.append([sum(xs), sum(xs, 10), sum([f, f]), sum([], n), sum(range(n if n < 1000 else 3))])
    out.append([sorted(xs), sorted(xs, reverse=True), sorted(s), sorted(s, key=lambda c: -ord(c))])
    out.append([list(reversed(xs)), list(reversed(s)), list(reversed(range(n % 5))), "".join(reversed(s))])
    out.append([list(enumerate(s)), list(enumerate(xs, start=-1)), list(zip(xs, s)), list(zip(s, s, xs))])
    out.append([isinstance(n, int), isinstance(f, (int, float)), isinstance(True, int), isinstance(s, list), isinstance(xs, (str, list))])
    out.append([round(f), round(f, 2), round(n, -2), round(-f), round(0.5), round(1.5), round(2.5), round(-0.5)])
    out.append([divmod(n, 7), divmod(n, -7), divmod(f, 1.5), divmod(-n, 3)])
    out.append([list(s), list(xs), list(range(-2)), list({"a": 1}), dict(a=n), dict([(s, n)]), dict({1: 2}, b=s)])
    out.append([tuple(s), tuple(xs), tuple(), set(xs) == set(sorted(xs)), len(set(s)), set() == set([])])
    out.append([any(xs), all(xs), any([]), all([]), any(s), all(c != "x" for c in s)])
    out.append([list(map(str, xs)), list(map(lambda a, b: a + b, s, s)), list(filter(None, xs)), list(filter(lambda c: c > "a", s))])
    print(n, f, s, sep="|", end="!\n")
    print(*xs)
    print()
    return out
