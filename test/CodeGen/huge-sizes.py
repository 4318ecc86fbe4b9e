# Compiled code never allocates a result CPython could not (MemoryError): a huge width, fill
# count, repetition or indent falls back, and the process lives on to answer the next call.
# json.dumps of a str returns its text without building the indent, as CPython does.
# RUN: printf '["zfill", 3]\n["center", 3]\n["fstr", 3]\n["pstar", 3]\n["imul", 3]\n["json", 3]\n["jsonl", 1]\n' > %t.small.jsonl
# RUN: pyctl --trace %s --inputs %t.small.jsonl -o %t.json > /dev/null
# RUN: pyctl --build-rust %t.json -o %t.exe
# RUN: printf '["zfill", 4611686018427387904]\n["center", 1000000000000000]\n["fstr", 9223372036854775807]\n["pstar", 4611686018427387904]\n["imul", 1099511627776]\n["json", 4611686018427387904]\n["jsonl", 4611686018427387904]\n["zfill", 4]\n' | %t.exe | FileCheck %s
# CHECK: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "'\"x\"'", "stdout": "", "json": "\"x\""}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "4", "stdout": "", "json": 4}
import json


def f(k, n):
    if k == "zfill":
        return len("1".zfill(n))
    if k == "center":
        return len("x".center(n))
    if k == "fstr":
        return len(f"{1:>{n}}")
    if k == "pstar":
        return len("%*d" % (n, 1))
    if k == "imul":
        xs = [0]
        xs *= n
        return len(xs)
    if k == "json":
        return json.dumps("x", indent=n)
    if k == "jsonl":
        return len(json.dumps([1], indent=n))
