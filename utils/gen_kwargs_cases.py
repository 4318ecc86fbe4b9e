#!/usr/bin/env python3
"""Generate the differential cases that call every builtin with wrong and keyword arguments.

For every builtin function, math / json / re function and method of str, list, tuple, dict,
set, int and float that pyctl supports (the lists in lib/Runtime/Builtins.cpp, MathModule.cpp,
JSONModule.cpp, ReModule.cpp, Methods.cpp and Set.cpp; SPECS below repeats them with sample
arguments and CPython 3.11's parameter names), builds the calls
  F()                                  no arguments
  F(a1, ..., aMax, x)                  one argument too many (when F has a maximum)
  F(zz=1)                              an unknown keyword alone
  F(a1..aMin, zz=1)                    ... with the required positionals
  F(a1, ..., aMax, x, zz=1)            ... with too many positionals
  F(a1..a(i-1), p_i=a_i)               each parameter p_i given by keyword
  F(p_i=a_i)                           each parameter given by keyword alone
  F(a1..ai, p_i=a_i)                   each parameter given by position and keyword
  F(p_1=a_1, ..., p_n=a_n)             every parameter by keyword
(calls pyctl refuses by design, REFUSED, are left out)
and writes differential cases test/Differential/cases/kwargs_<group>_<k>.py: `main(i)` runs call
i and returns repr() of its result, or "TypeName: message" of the exception it raises (so the
exception's message is compared with CPython's). Each case's calls are spread over functions of
at most PER_FUNCTION branches (long if-chains break the Python tracer's instrumented program).

Usage: python3 utils/gen_kwargs_cases.py [--out DIR]     (CPython 3.11)
then:  python3 ../shared/cases/run_cpython.py DIR          (writes the NAME.expected.jsonl)
       python3 utils/differential.py --pyctl build/tools/pyctl/pyctl --cases-dir DIR kwargs_...
"""
import argparse
import json
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
PER_FUNCTION = 60
PER_CASE = 180

# (callee source, sample positional arguments up to the maximum, number required,
#  parameter names (CPython 3.11's, positional-only ones included), maximum positional count
#  or None when unbounded, wrapper of the call's source ("{}" or "list({})" for iterators)).
S = "{}"
L = "list({})"
BUILTINS = [
    ("print", ["'p'", "'q'"], 0, ["sep", "end", "file", "flush"], None, S),
    ("len", ["xs"], 1, ["obj"], 1, S),
    ("abs", ["-3"], 1, ["x"], 1, S),
    ("str", ["5"], 0, ["object", "encoding", "errors"], 3, S),
    ("int", ["'12'", "16"], 0, ["x", "base"], 2, S),
    ("float", ["'1.5'"], 0, ["x"], 1, S),
    ("bool", ["1"], 0, ["x"], 1, S),
    ("range", ["1", "5", "2"], 1, ["start", "stop", "step"], 3, L),
    ("min", ["xs"], 1, ["iterable", "key", "default"], None, S),
    ("max", ["xs"], 1, ["iterable", "key", "default"], None, S),
    ("sum", ["xs", "10"], 1, ["iterable", "start"], 2, S),
    ("round", ["2.567", "1"], 1, ["number", "ndigits"], 2, S),
    ("divmod", ["7", "2"], 2, ["x", "y"], 2, S),
    ("sorted", ["xs"], 1, ["iterable", "key", "reverse"], 1, S),
    ("list", ["xs"], 0, ["iterable"], 1, S),
    ("tuple", ["xs"], 0, ["iterable"], 1, S),
    ("dict", ["[('k', 1)]"], 0, ["iterable"], 1, S),
    ("repr", ["1"], 1, ["obj"], 1, S),
    ("ascii", ["'é'"], 1, ["obj"], 1, S),
    ("format", ["1234.5", "','"], 1, ["value", "format_spec"], 2, S),
    ("isinstance", ["1", "int"], 2, ["obj", "class_or_tuple"], 2, S),
    ("type", ["xs"], 1, ["object"], 1, S),
    ("pow", ["2", "10", "7"], 2, ["base", "exp", "mod"], 3, S),
    ("ord", ["'a'"], 1, ["c"], 1, S),
    ("chr", ["65"], 1, ["i"], 1, S),
    ("any", ["xs"], 1, ["iterable"], 1, S),
    ("all", ["xs"], 1, ["iterable"], 1, S),
    ("iter", ["xs"], 1, ["object"], 1, L),
    ("next", ["iter(xs)", "0"], 1, ["iterator", "default"], 2, S),
    ("enumerate", ["xs", "1"], 1, ["iterable", "start"], 2, L),
    ("zip", ["xs", "s"], 0, ["strict"], None, L),
    ("reversed", ["xs"], 1, ["sequence"], 1, L),
    ("set", ["[4]"], 0, ["iterable"], 1, S),
    ("map", ["abs", "xs"], 2, ["function", "iterable"], None, L),
    ("filter", ["None", "xs"], 2, ["function", "iterable"], 2, L),
    ("getattr", ["n", "'real'"], 2, ["object", "name", "default"], 3, S),
]

MODULES = [
    ("math.sqrt", ["4"], 1, ["x"], 1, S),
    ("math.floor", ["2.5"], 1, ["x"], 1, S),
    ("math.ceil", ["2.5"], 1, ["x"], 1, S),
    ("math.sin", ["0.5"], 1, ["x"], 1, S),
    ("math.cos", ["0.5"], 1, ["x"], 1, S),
    ("math.log", ["8", "2"], 1, ["x", "base"], 2, S),
    ("math.fabs", ["-2"], 1, ["x"], 1, S),
    ("math.exp", ["1"], 1, ["x"], 1, S),
    ("json.dumps", ["[1, 'é']"], 1, ["obj", "indent", "sort_keys", "ensure_ascii"], 1, S),
    ("json.loads", ["'[1]'"], 1, ["s"], 1, S),
    ("re.search", ["'b'", "s", "0"], 2, ["pattern", "string", "flags"], 3, "bool({})"),
    ("re.match", ["'a'", "s", "0"], 2, ["pattern", "string", "flags"], 3, "bool({})"),
    ("re.fullmatch", ["'a.*'", "s", "0"], 2, ["pattern", "string", "flags"], 3, "bool({})"),
    ("re.findall", ["'[ab]'", "s", "0"], 2, ["pattern", "string", "flags"], 3, S),
    ("re.finditer", ["'[ab]'", "s", "0"], 2, ["pattern", "string", "flags"], 3, "len(list({}))"),
    ("re.sub", ["','", "';'", "s", "1", "0"], 3, ["pattern", "repl", "string", "count", "flags"], 5, S),
    ("re.subn", ["','", "';'", "s", "1", "0"], 3, ["pattern", "repl", "string", "count", "flags"], 5, S),
    ("re.split", ["','", "s", "1", "0"], 2, ["pattern", "string", "maxsplit", "flags"], 4, S),
    ("re.compile", ["'a'", "0"], 1, ["pattern", "flags"], 2, "bool({})"),
]

STR_METHODS = [
    ("s.lower", [], 0, [], 0, S), ("s.upper", [], 0, [], 0, S),
    ("s.capitalize", [], 0, [], 0, S), ("s.title", [], 0, [], 0, S),
    ("s.swapcase", [], 0, [], 0, S), ("s.casefold", [], 0, [], 0, S),
    ("s.strip", ["'a'"], 0, ["chars"], 1, S), ("s.lstrip", ["'a'"], 0, ["chars"], 1, S),
    ("s.rstrip", ["'a'"], 0, ["chars"], 1, S),
    ("s.split", ["','", "1"], 0, ["sep", "maxsplit"], 2, S),
    ("s.rsplit", ["','", "1"], 0, ["sep", "maxsplit"], 2, S),
    ("s.splitlines", ["True"], 0, ["keepends"], 1, S),
    ("s.join", ["['x', 'y']"], 1, ["iterable"], 1, S),
    ("s.replace", ["','", "';'", "1"], 2, ["old", "new", "count"], 3, S),
    ("s.find", ["'b'", "1", "5"], 1, ["sub", "start", "end"], 3, S),
    ("s.rfind", ["'b'", "1", "5"], 1, ["sub", "start", "end"], 3, S),
    ("s.index", ["'b'", "1", "5"], 1, ["sub", "start", "end"], 3, S),
    ("s.rindex", ["'b'", "1", "5"], 1, ["sub", "start", "end"], 3, S),
    ("s.count", ["'a'", "1", "7"], 1, ["sub", "start", "end"], 3, S),
    ("s.startswith", ["'a'", "0", "3"], 1, ["prefix", "start", "end"], 3, S),
    ("s.endswith", ["'a'", "0", "8"], 1, ["suffix", "start", "end"], 3, S),
    ("s.partition", ["','"], 1, ["sep"], 1, S), ("s.rpartition", ["','"], 1, ["sep"], 1, S),
    ("s.removeprefix", ["'a'"], 1, ["prefix"], 1, S),
    ("s.removesuffix", ["'a'"], 1, ["suffix"], 1, S),
    ("s.zfill", ["12"], 1, ["width"], 1, S),
    ("s.center", ["12", "'*'"], 1, ["width", "fillchar"], 2, S),
    ("s.ljust", ["12", "'*'"], 1, ["width", "fillchar"], 2, S),
    ("s.rjust", ["12", "'*'"], 1, ["width", "fillchar"], 2, S),
    ("s.expandtabs", ["4"], 0, ["tabsize"], 1, S),
    ("s.isdigit", [], 0, [], 0, S), ("s.isdecimal", [], 0, [], 0, S),
    ("s.isnumeric", [], 0, [], 0, S), ("s.isalpha", [], 0, [], 0, S),
    ("s.isalnum", [], 0, [], 0, S), ("s.isspace", [], 0, [], 0, S),
    ("s.islower", [], 0, [], 0, S), ("s.isupper", [], 0, [], 0, S),
    ("s.isascii", [], 0, [], 0, S), ("s.istitle", [], 0, [], 0, S),
    ("s.isidentifier", [], 0, [], 0, S),
]

OTHER_METHODS = [
    ("xs.append", ["9"], 1, ["object"], 1, S),
    ("xs.extend", ["[9]"], 1, ["iterable"], 1, S),
    ("xs.insert", ["0", "9"], 2, ["index", "object"], 2, S),
    ("xs.pop", ["0"], 0, ["index"], 1, S),
    ("xs.remove", ["1"], 1, ["value"], 1, S),
    ("xs.index", ["1", "0", "3"], 1, ["value", "start", "stop"], 3, S),
    ("xs.count", ["1"], 1, ["value"], 1, S),
    ("xs.copy", [], 0, [], 0, S), ("xs.clear", [], 0, [], 0, S),
    ("xs.reverse", [], 0, [], 0, S),
    ("xs.sort", [], 0, ["key", "reverse"], 0, S),
    ("t.index", ["1", "0", "3"], 1, ["value", "start", "stop"], 3, S),
    ("t.count", ["1"], 1, ["value"], 1, S),
    ("d.get", ["'a'", "0"], 1, ["key", "default"], 2, S),
    ("d.keys", [], 0, [], 0, L), ("d.values", [], 0, [], 0, L), ("d.items", [], 0, [], 0, L),
    ("d.pop", ["'a'", "0"], 1, ["key", "default"], 2, S),
    ("d.popitem", [], 0, [], 0, S),
    ("d.setdefault", ["'b'", "5"], 1, ["key", "default"], 2, S),
    ("d.update", ["[('c', 3)]"], 0, ["other"], 1, S),
    ("d.copy", [], 0, [], 0, S), ("d.clear", [], 0, [], 0, S),
    ("dict.fromkeys", ["'ab'", "0"], 1, ["iterable", "value"], 2, S),
    ("st.add", ["6"], 1, ["object"], 1, S),
    ("st.discard", ["5"], 1, ["object"], 1, S),
    ("st.remove", ["5"], 1, ["object"], 1, S),
    ("st.pop", [], 0, [], 0, S), ("st.clear", [], 0, [], 0, S), ("st.copy", [], 0, [], 0, S),
    ("st.update", ["[5]"], 0, ["iterable"], None, S),
    ("st.union", ["[5]"], 0, ["iterable"], None, S),
    ("st.intersection", ["[5]"], 0, ["iterable"], None, S),
    ("st.difference", ["[5]"], 0, ["iterable"], None, S),
    ("st.symmetric_difference", ["[5]"], 1, ["other"], 1, S),
    ("st.issubset", ["[5]"], 1, ["other"], 1, S),
    ("st.issuperset", ["[5]"], 1, ["other"], 1, S),
    ("st.isdisjoint", ["[5]"], 1, ["other"], 1, S),
    ("st.intersection_update", ["[5]"], 0, ["iterable"], None, S),
    ("st.difference_update", ["[5]"], 0, ["iterable"], None, S),
    ("st.symmetric_difference_update", ["[5]"], 1, ["other"], 1, S),
    ("n.bit_length", [], 0, [], 0, S),
    ("f.is_integer", [], 0, [], 0, S),
]

# Calls pyctl refuses by design (docs/language.md): they stop tracing with UnsupportedError, so
# they cannot be differential cases. zip(strict=...) is unsupported; keywords json.dumps and
# json.loads pass on to the encoder / decoder class are unsupported.
REFUSED = [re.compile(p) for p in [r"zip\(.*strict=", r"json\.(dumps|loads)\(.*zz="]]

GROUPS = [("builtins", BUILTINS), ("modules", MODULES), ("strmethods", STR_METHODS),
          ("methods", OTHER_METHODS)]

PRELUDE = """\
    s = "a,b,c a"
    xs = [3, 1, 2]
    t = (3, 1, 2)
    d = {"a": 1}
    st = {5}
    n = 7
    f = 2.5
"""


def calls(spec):
    """The call sources for one callable."""
    callee, samples, required, names, most, wrap = spec
    def call(pos, kw=()):
        args = list(pos) + ["%s=%s" % kv for kv in kw]
        return wrap.format("%s(%s)" % (callee, ", ".join(args)))
    out = [call([])]
    extra = samples + ["1"] * 2
    if most is not None:
        out.append(call(extra[:most + 1]))
    out.append(call([], [("zz", "1")]))
    if required:
        out.append(call(samples[:required], [("zz", "1")]))
    if most is not None:
        out.append(call(extra[:most + 1], [("zz", "1")]))
    for i, name in enumerate(names):
        value = samples[i] if i < len(samples) else "None"
        out.append(call(samples[:i], [(name, value)]))
        if i:
            out.append(call([], [(name, value)]))
        if i < len(samples):
            out.append(call(samples[:i + 1], [(name, value)]))
    if len(names) > 1:
        out.append(call([], [(name, samples[i] if i < len(samples) else "None")
                             for i, name in enumerate(names)]))
    seen = set()
    return [c for c in out
            if not (c in seen or seen.add(c)) and not any(p.search(c) for p in REFUSED)]


def case_source(exprs):
    lines = ["# entry: main", "# Generated by utils/gen_kwargs_cases.py: calls builtins and methods",
             "# with missing, extra, unknown, keyword and duplicate arguments.",
             "# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it",
             "import json", "import math", "import re", "", ""]
    nfun = (len(exprs) + PER_FUNCTION - 1) // PER_FUNCTION
    for k in range(nfun):
        lines.append("def g%d(i):" % k)
        lines.append(PRELUDE.rstrip("\n"))
        lines.append("    try:")
        for j, e in enumerate(exprs[k * PER_FUNCTION:(k + 1) * PER_FUNCTION]):
            lines.append("        %s i == %d:" % ("if" if j == 0 else "elif", k * PER_FUNCTION + j))
            lines.append("            r = " + e)
        lines.append("        else:")
        lines.append("            r = None")
        lines.append("        return repr(r) + ' ' + repr([s, xs, t, d, st])")
        lines.append("    except (TypeError, ValueError, KeyError, IndexError, OverflowError,")
        lines.append("            ZeroDivisionError, AttributeError, StopIteration) as e:")
        lines.append("        return type(e).__name__ + ': ' + str(e)")
        lines.append("")
        lines.append("")
    lines.append("def main(i):")
    for k in range(nfun):
        lines.append("    if i < %d:" % ((k + 1) * PER_FUNCTION))
        lines.append("        return g%d(i)" % k)
    lines.append("    return None")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(REPO / "test" / "Differential" / "cases"))
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_kwargs_cases.py: run with Python 3.11")
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for group, specs in GROUPS:
        exprs = [c for spec in specs for c in calls(spec)]
        for k in range(0, len(exprs), PER_CASE):
            chunk = exprs[k:k + PER_CASE]
            name = "kwargs_%s_%d" % (group, k // PER_CASE)
            (out / (name + ".py")).write_text(case_source(chunk), encoding="utf-8")
            (out / (name + ".inputs.jsonl")).write_text(
                "".join(json.dumps([i]) + "\n" for i in range(len(chunk))))
            print(name, len(chunk))


if __name__ == "__main__":
    main()
