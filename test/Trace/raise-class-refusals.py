# `raise cls(...)` and `raise cls` of a variable raise the exception class it holds; both tracers
# refuse, alike, what else it may hold: a user function or a builtin called (CPython would call
# it), a class outside `Exception` (SystemExit, BaseException: the invocation would end without
# a result), and the class of a caught json.JSONDecodeError (its constructor takes three
# arguments). Each input is one call, refused by both with "unsupported:".
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: for k in 0 1 2 3 4 5; do \
# RUN:   echo "[$k]" > %t.$k.jsonl; \
# RUN:   not pyctl --trace %s --inputs %t.$k.jsonl --entry main -o %t.$k.cpp.json 2> %t.$k.cpp.err; \
# RUN:   not %python %pyctl_trace %t.inst.py --inputs %t.$k.jsonl --entry main --source %s -o %t.$k.py.json 2> %t.$k.py.err; \
# RUN:   grep -q "error: .*unsupported: " %t.$k.cpp.err && grep -q "error: .*unsupported: " %t.$k.py.err || echo "call $k: not refused by both"; \
# RUN: done > %t.out
# RUN: echo end >> %t.out
# RUN: FileCheck --check-prefix=BOTH %s < %t.out
# BOTH-NOT: not refused
# BOTH: end
# RUN: FileCheck --check-prefix=CALL %s < %t.1.cpp.err
# RUN: FileCheck --check-prefix=CALL %s < %t.1.py.err
# CALL: unsupported: raise of a call of a 'builtin_function_or_method' value
# RUN: FileCheck --check-prefix=SYSEXIT %s < %t.2.cpp.err
# RUN: FileCheck --check-prefix=SYSEXIT %s < %t.2.py.err
# SYSEXIT: unsupported: raise of the exception class 'SystemExit' (pyctl raises the builtin classes derived from Exception only)
# RUN: FileCheck --check-prefix=JSON %s < %t.5.cpp.err
# RUN: FileCheck --check-prefix=JSON %s < %t.5.py.err
# JSON: unsupported: raise of the exception class 'JSONDecodeError'
import json


def make(msg):
    return ValueError


def main(k):
    if k == 0:
        cls = make
        raise cls("x")
    if k == 1:
        cls = len
        raise cls("x")
    if k == 2:
        cls = SystemExit
        raise cls(0)
    if k == 3:
        cls = BaseException
        raise cls
    try:
        json.loads("")
    except ValueError as e:
        t = type(e)
    if k == 4:
        raise t
    raise t("m", "", 0)
