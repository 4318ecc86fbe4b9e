# The evaluator reads attributes in str.format fields with getattr's rules (Attributes.h): x.real
# and x.imag of numbers, CPython's AttributeError for a name the type lacks, and an
# unsupported-operation error for an attribute CPython has but pyctl does not model (a bound
# method, whose str shows an address). Both tracers record the same trace. Expected lines
# computed with python3 3.11.
# RUN: printf '[-2, 0.5]\n[false, 1e16]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json
# RUN: not pyctl --trace %s --inputs %S/Inputs/zero.jsonl --entry method -o %t.m.json 2>&1 | FileCheck --check-prefix=METHOD %s
# OUT:      {"repr": "['-2|0|0.5|0.0', ('AttributeError', \"'int' object has no attribute 'foo'\"), ('ValueError', 'Empty attribute in format string')]", {{.*}}}
# OUT-NEXT: {"repr": "['0|0|1e+16|0.0', ('AttributeError', \"'bool' object has no attribute 'foo'\"), ('ValueError', 'Empty attribute in format string')]", {{.*}}}
# METHOD: error: unsupported: repr of a bound method


def main(x, y):
    out = ["{0.real}|{0.imag}|{y.real}|{y.imag}".format(x, y=y)]
    try:
        out.append("{0.foo}".format(x))
    except AttributeError as e:
        out.append(("AttributeError", str(e)))
    try:
        out.append("{0.real.}".format(x))
    except ValueError as e:
        out.append(("ValueError", str(e)))
    return out


def method(n):
    return "{0.upper}".format("s")
