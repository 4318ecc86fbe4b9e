# str.casefold / istitle / isidentifier / expandtabs and dict.fromkeys run in the evaluator with
# CPython 3.11's answers (expected lines from python3 3.11), and both tracers record the same
# trace: dict.fromkeys(...) is a methodCall on the type object, `builtin dict` (no new event).
# RUN: printf '["Stra\\u00dfe \\u01c5emal\\tx", ["b", "a", "b"]]\n["", []]\n["ca\\u0301f\\u00e9_\\u0663", [1, 1.0, true]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --strict-whitespace --check-prefix=OUT %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=IR %s
# OUT:      {"repr": "['strasse ǆemal\\tx', False, False, 'Straße ǅemal    x', 'Straße ǅemal   x', ['b', 'a'], {'b': [], 'a': []}, True]", {{.*}}}
# OUT-NEXT: {"repr": "['', False, False, '', '', [], {}, True]", {{.*}}}
# OUT-NEXT: {"repr": "['cáfé_٣', False, True, 'cáfé_٣', 'cáfé_٣', [1], {1: []}, True]", {{.*}}}
# IR: set d$1 = dict.fromkeys(tags$1, shared$1)
# IR: s$1.expandtabs(tabsize=3), list(dict.fromkeys(tags$1))


def main(s, tags):
    shared = []
    d = dict.fromkeys(tags, shared)
    return [s.casefold(), s.istitle(), s.isidentifier(), s.expandtabs(), s.expandtabs(tabsize=3),
            list(dict.fromkeys(tags)), d, d.get("b") is d.get("a")]
