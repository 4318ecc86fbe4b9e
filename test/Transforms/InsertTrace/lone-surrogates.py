# Strs holding lone surrogates (json.loads accepts "\ud83d"): repr escapes them, such a value has
# no "json" form (UTF-8 cannot hold it), and printed text holding one is written as the evaluator
# writes it: the surrogate's 3 UTF-8 bytes, each replaced by U+FFFD. Both tracers print the same
# bytes; neither crashes.
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %S/Inputs/lone-surrogates.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %S/Inputs/lone-surrogates.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: cmp %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json

# RESULT:      {{^}}{"repr": "'\\ud83d'", "stdout": "���\n<'\\ud83d'>\n"}{{$}}
# RESULT-NEXT: {{^}}{"repr": "'x\\udc00y'", "stdout": "x���y\n<'x\\udc00y'>\n"}{{$}}
# RESULT-NEXT: {{^}}{"error": "ZeroDivisionError", "stdout": "���\n<'\\ud83d'>\n"}{{$}}
# RESULT-NEXT: {{^}}{"repr": "['\\ud83d', 1]", "stdout": "['\\ud83d', 1]\n<['\\ud83d', 1]>\n"}{{$}}
# RESULT-NEXT: {{^}}{"repr": "{'\\udfff': 1}", "stdout": "{'\\udfff': 1}\n<{'\\udfff': 1}>\n"}{{$}}
# RESULT-NEXT: {{^}}{"repr": "'😀'", "stdout": "😀\n<'😀'>\n", "json": "😀"}{{$}}
import json


def main(s, boom):
    v = json.loads(s)
    print(v)
    print("<" + repr(v) + ">")
    if boom:
        return 1 // 0
    return v
