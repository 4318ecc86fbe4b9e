# insert-trace drops `if __name__ == "__main__":` (the Python tracer may run the instrumented
# program as `__main__`, which must not run the block), and neither tracer records anything for
# it or for a bare `...`; both record the same trace.
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: FileCheck --check-prefix=INST %s < %t.py
# RUN: printf '[3]\n[-1]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: FileCheck --check-prefix=OUT %s < %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json
# RUN: pyctl --print-trace %t.cpp.json | FileCheck --check-prefix=TRACE %s
# INST-NOT: __main__
# INST-NOT: never
# OUT:      {"repr": "6", "stdout": "", "json": 6}
# OUT-NEXT: {"repr": "None", "stdout": "", "json": null}
# TRACE-NOT: never

def todo():
    ...

def main(x):
    ...
    todo()
    if x > 0:
        return x * 2

if __name__ == "__main__":
    print("never", main(1))
