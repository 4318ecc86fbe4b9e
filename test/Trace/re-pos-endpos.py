# pos / endpos of pattern methods are plain arguments of the methodCall (keywords in "keywords"):
# the subject is cut at endpos, `^` stays at index 0, m.pos / m.endpos are the clamped values.
# Both tracers record the same trace. Expected lines computed with python3 3.11.
# RUN: printf '["ab cd", 1, 4]\n["", -1, 9]\n["ab\\ncd", 3, 99]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# OUT:      {"repr": "[None, (3, 4), 1, 4, ['b', 'c'], (1, 2)]", {{.*}}}
# OUT-NEXT: {"repr": "[None, None, [], None]", {{.*}}}
# OUT-NEXT: {"repr": "[None, (3, 5), 3, 5, ['c', 'd'], (3, 4)]", {{.*}}}
import re

LINE = re.compile(r"^\w")
TAIL = re.compile(r"\w+$")


def main(text, pos, endpos):
    m = TAIL.search(text, pos, endpos)
    out = [LINE.search(text, pos)]
    out += [m.span(), m.pos, m.endpos] if m else [None]
    out.append(re.compile(r"\w").findall(text, pos=pos, endpos=endpos))
    first = next(re.compile(r"\w?").finditer(text, endpos=endpos, pos=pos), None)
    out.append(first.span() if first and first.end() > 0 else None)
    return out
