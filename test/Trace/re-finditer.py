# re.subn is the primApp event "re.subn" (a (new string, count) tuple); re.finditer the event
# "re.finditer", a lazy iterator of Match objects (CPython's callable_iterator) that a for loop,
# list() and next() advance; Pattern.subn / Pattern.finditer are methodCalls. Both tracers record
# the same trace. Expected lines computed with python3 3.11.
# RUN: printf '["a1 b22 c", "\\\\d+"]\n["", "x*"]\n["zoë", "\\\\w"]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {"repr": "[('a<1> b<22> c', 2), [(1, 2), (4, 6)], <re.Match object; span=(4, 6), match='22'>, 0, ('ab', 1)]", {{.*}}}
# OUT-NEXT: {"repr": "[('<>', 1), [(0, 0)], None, 0, ('b', 0)]", {{.*}}}
# OUT-NEXT: {"repr": "[('<z><o><ë>', 3), [(0, 1), (1, 2), (2, 3)], <re.Match object; span=(1, 2), match='o'>, 1, ('ab', 1)]", {{.*}}}
# TRACE: re.subn(
# TRACE: re.finditer(
# TRACE: .finditer(
# TRACE: .subn(
import re

A = re.compile("a")


def main(text, pattern):
    out = [re.subn(pattern, "<\\g<0>>", text)]
    spans = []
    for m in re.finditer(pattern, text):
        spans.append(m.span())
    out.append(spans)
    it = re.compile(pattern).finditer(text)
    next(it, None)
    out.append(next(it, None))
    out.append(len(list(it)))
    out.append(A.subn("", "aab", count=1) if text else A.subn("", "b"))
    return out
