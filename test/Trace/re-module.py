# re.findall / re.sub / re.split are primApp events named "re.findall", "re.sub", "re.split"
# (whether reached as re.NAME or imported with `from re import`), keywords included; the C++
# evaluator's results are CPython's and its trace is the Python tracer's (which runs the real re).
# RUN: printf '["a=1; b = two;c=", "x1 y22"]\n["", "\\u0663\\u0664 \\u00e9"]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {"repr": "{{\[\[}}('a', '1'), ('b', 'two'), ('c', '')], 'x# y##', ['x', '1', ' y', '2', '2'], '-a-=-']", {{.*}}}
# OUT-NEXT: {"repr": "{{\[\[}}], '## é', ['', '٣', '', '٤', ' é'], '-']", {{.*}}}
# TRACE: re.findall(
# TRACE: re.sub(
# TRACE: re.split(
# TRACE: re.sub({{.*}}count=
import re
from re import split


def main(pairs, text):
    found = re.findall(r"(\w+)\s*=\s*([^;]*)", pairs)
    hashed = re.sub(r"\d", "#", text)
    parts = split(r"(\d)", text, maxsplit=2)
    empty = re.sub("x*", "-", pairs[:2], count=3)
    return [found, hashed, parts, empty]
