# The evaluator's str case methods are exact for any text (CPython 3.11's full case mappings,
# title case for capitalize's first character, the final-sigma rule), and both tracers record
# the same trace. Expected lines computed with python3 3.11.
# RUN: printf '["stra\\u00dfe \\u01c6emal \\u03a3\\u0391\\u03a3"]\n[""]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# OUT:      {"repr": "['straße ǆemal σας', 'STRASSE ǄEMAL ΣΑΣ', 'Straße ǆemal σας', 'Straße ǅemal Σας', 'STRASSE ǄEMAL σας']", {{.*}}}
# OUT-NEXT: {"repr": "['', '', '', '', '']", {{.*}}}


def main(s):
    return [s.lower(), s.upper(), s.capitalize(), s.title(), s.swapcase()]
