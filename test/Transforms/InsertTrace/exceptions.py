# Exceptions: a statement is recorded before it runs, so the statement that raises is in the trace,
# and every body the exception leaves ends with `unknown` (the harness closes the open bodies). A
# call that cannot start (a callee that is not a function, a wrong argument count) records nothing.
# The result lines carry CPython's exception types.
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: printf '[4, 0]\n[2, 0]\n[1, 1]\n[1, 2]\n[0, 3]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry risky --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry risky -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json

# RESULT:      {{^}}{"repr": "-13", "stdout": "5\n10\n", "json": -13}{{$}}
# RESULT-NEXT: {{^}}{"error": "ZeroDivisionError", "stdout": ""}{{$}}
# RESULT-NEXT: {{^}}{"error": "TypeError", "stdout": ""}{{$}}
# RESULT-NEXT: {{^}}{"error": "TypeError", "stdout": ""}{{$}}
# RESULT-NEXT: {{^}}{"error": "UnboundLocalError", "stdout": ""}{{$}}

def divide(k):
    return 10 // (k - 2)

def risky(n, mode):
    if mode == 1:
        f = 5
        f(n)
    if mode == 2:
        divide(n, n)
    total = 0
    while n > 0:
        q = divide(n)
        print(q)
        total -= q
        n -= 1
        if n == 2:
            break
    if mode == 3:
        return q
    return total + n
