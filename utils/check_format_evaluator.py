#!/usr/bin/env python3
"""Check the C++ evaluator's formatting against the CPython table of utils/gen_format_cases.py.

Every case of runtime/rust/tests/format_cases.json (`str % args`, `str.format`, `format()`) is
run by `pyctl --trace` inside a try/except, 400 to a program (a program the evaluator refuses
is split until the refused case is alone: it is printed as EVAL-ERR, which is allowed), and
each result or exception name is compared with CPython's. Prints DIFF lines and `bad N`; exit
status 1 if N > 0. Usage: python3 utils/check_format_evaluator.py [--pyctl build/tools/pyctl/pyctl]
"""
import argparse, ast, json, os, pathlib, subprocess, sys, tempfile
REPO = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("--pyctl", default=str(REPO / "build" / "tools" / "pyctl" / "pyctl"))
PYCTL = ap.parse_args().pyctl
cases = [c for c in json.load(open(REPO / "runtime" / "rust" / "tests" / "format_cases.json", encoding="utf-8"))["cases"]
         if all(k.isidentifier() for k, _ in c.get("kwargs", []))]
os.chdir(tempfile.mkdtemp(prefix="pyctl-format-check-"))
def dec(j):
    (t, v), = j.items()
    if t == "int": return repr(v)
    if t == "float": return "float(%r)" % v
    if t == "str": return repr(v)
    if t == "bool": return repr(v)
    if t == "none": return "None"
    if t == "list": return "[" + ", ".join(dec(x) for x in v) + "]"
    if t == "tuple": return "(" + "".join(dec(x) + ", " for x in v) + ")"
    if t == "dict": return "{" + ", ".join(dec(k) + ": " + dec(x) for k, x in v) + "}"
def expr(c):
    if c["op"] == "%": return "%r %% %s" % (c["fmt"], dec(c["args"]))
    if c["op"] == "builtin": return "format(%s, %r)" % (dec(c["value"]), c["spec"])
    return "%r.format(%s)" % (c["fmt"], ", ".join([dec(a) for a in c["args"]] + ["%s=%s" % (k, dec(v)) for k, v in c["kwargs"]]))
def program(chunk):
    lines = ["def main():", "    out = []"]
    for c in chunk:
        lines += ["    try:", "        out.append(%s)" % expr(c)]
        for e in ["TypeError", "ValueError", "OverflowError", "IndexError", "KeyError", "AttributeError"]:
            lines += ["    except %s:" % e, "        out.append(%r)" % ("!" + e)]
    lines += ["    return out", ""]
    return "\n".join(lines)
def run(chunk):
    open("p.py", "w", encoding="utf-8").write(program(chunk))
    open("in.jsonl", "w").write("[]\n")
    r = subprocess.run([PYCTL, "--trace", "p.py", "--inputs", "in.jsonl", "--entry", "main", "-o", "t.json"], capture_output=True, text=True)
    if r.returncode != 0 or "repr" not in r.stdout:
        return None, (r.stdout + r.stderr)[-300:]
    return json.loads(r.stdout.strip().split("\n")[-1]), None
bad = 0
def check(chunk):
    global bad
    res, err = run(chunk)
    if res is None:
        if len(chunk) == 1:
            print("EVAL-ERR", expr(chunk[0]), "|", err.strip().split("\n")[-1][:200]); return
        h = len(chunk) // 2
        check(chunk[:h]); check(chunk[h:]); return
    ns = {}
    exec(program(chunk), ns)
    want = ns["main"]()
    got = ast.literal_eval(res["repr"])
    for c, g, w in zip(chunk, got, want):
        if g != w:
            bad += 1
            print("DIFF", expr(c), "evaluator:", repr(g), "cpython:", repr(w))
step = 400
for i in range(0, len(cases), step):
    check(cases[i:i + step])
print("bad", bad)
sys.exit(1 if bad else 0)
