# zip(strict=True) raises CPython 3.11's ValueErrors: "argument N is shorter than argument(s)
# ..." when a later iterable ends first, and "argument N is longer than ..." when the first one
# ends first, after pulling each of the others once (a map of a user function is called for
# it). strict takes any value's truth. Both tracers record the same calls.
# RUN: printf '[[1, 2], [3, 4], [5, 6]]\n[[1, 2], [3], [5, 6]]\n[[1], [3, 4], [5]]\n[[1, 2], [3, 4], [5]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# CHECK:      {"repr": "{{\[\[}}(1, 3, 5), (2, 4, 6)], [6, 8], [(1, 3), (2, 4)]]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['zip() argument 2 is shorter than argument 1', [6]]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['zip() argument 2 is longer than argument 1', [6, 8]]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['zip() argument 3 is shorter than arguments 1-2', [6, 8]]", "stdout": ""{{.*}}}
# TRACE: zip
# TRACE-SAME: strict

def double(out, x):
    out.append(2 * x)
    return x


def main(a, b, c):
    out = []
    try:
        got = list(zip(a, map(lambda v: double(out, v), b), c, strict=True))
    except ValueError as ex:
        return [str(ex), out]
    return [got, out, list(zip(a, b, strict=0))]
