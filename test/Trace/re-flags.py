# re flags in a trace: the front end reads re.I, re.MULTILINE, ... (joined by `|`, by position or
# as `flags=`) in the flags argument of an re function as the int they equal, so both tracers
# record an `integer` argument of the `re.*` primApp and the instrumented program passes that int;
# inline flags stay inside the pattern string. m.lastindex / m.lastgroup / p.flags are
# `primApp getattr` reads.
# RUN: pyctl -passes=anf %s | FileCheck --check-prefix=ANF %s
# ANF: p = re.compile('^(?P<k>\\w+)=(.*)$', 10)
# ANF: re.findall('(?i)s', s, flags=258)
# ANF: re.sub('k', '-', s, 0, 2)
# RUN: printf '["a=1\\nK=2"]\n[""]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=RESULT %s
# RESULT: {"repr": "{{\[\[}}('a', '1'), ('K', '2')], 42, [], 'a=1\\n-=2', 1, 'k']"
# RESULT: {"repr": "{{\[\[}}], 42, [], '', None, None]"
# RUN: FileCheck --check-prefix=TRACE %s < %t.json
# TRACE: "event":"re.compile","eventArgs":[{"kind":"string","value":"^(?P<k>\\w+)=(.*)$"},{"kind":"integer","value":10}]
# TRACE: "event":"re.findall","eventArgs":[{"kind":"string","value":"(?i)s"},{"kind":"identifier","name":"s{{[^"]*}}"}],"keywords":[{"name":"flags","value":{"kind":"integer","value":258}}]
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
import re
from re import IGNORECASE, sub

def main(s):
    p = re.compile(r"^(?P<k>\w+)=(.*)$", re.I | re.MULTILINE)
    m = re.search(r"(?P<k>k)|(x)", s, IGNORECASE)
    return [p.findall(s), p.flags, re.findall("(?i)s", s, flags=re.A | (re.IGNORECASE)),
            sub("k", "-", s, 0, IGNORECASE), m and m.lastindex, m and m.lastgroup]
