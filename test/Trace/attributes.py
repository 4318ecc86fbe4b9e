# Attribute reads outside method calls are read as getattr(obj, 'name'): anf prints the call, the
# trace records `primApp getattr [obj, string name]`, and both tracers agree. A value without the
# attribute raises CPython's AttributeError (caught here). Expected lines computed with python3 3.11.
# RUN: pyctl -passes=anf %s | FileCheck --check-prefix=ANF %s
# RUN: printf '["k=1"]\n[""]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# ANF: getattr(m, 'string')
# ANF: getattr(getattr(m, 're'), 'pattern')
# ANF: getattr(e, 'args')
# OUT:      {"repr": "['k=1', 0, 3, '(\\\\w)=', 1, 32, ('bad', 'k=1'), (\"'str' object has no attribute 'pos'\",)]", {{.*}}}
# OUT-NEXT: {"repr": "[None, ('bad', ''), (\"'str' object has no attribute 'pos'\",)]", {{.*}}}
# TRACE: getattr(m$1, "string")
# TRACE: getattr(e$1, "args")
import re


def main(text):
    m = re.search(r"(\w)=", text)
    out = [m.string, m.pos, m.endpos, m.re.pattern, m.re.groups, m.re.flags] if m else [None]
    try:
        raise ValueError("bad", text)
    except ValueError as e:
        out.append(e.args)
    try:
        out.append(text.pos)
    except AttributeError as e:
        out.append(e.args)
    return out
