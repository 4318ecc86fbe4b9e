# A method is looked up on its receiver before the arguments are evaluated, as in CPython: a
# receiver without the method raises AttributeError before an argument prints or raises. Both
# tracers give CPython's result lines; the trace records the lookup `anf` adds before arguments
# that need statements as a dropped `getattr`.
# RUN: printf '[[1], 0]\n[5, 0]\n[[1], 1]\n[5, 1]\n[null, 2]\n[[], 2]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# CHECK:      {"repr": "[1, None]", "stdout": "hi\n"{{.*}}}
# CHECK-NEXT: {"error": "AttributeError", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "[1, 2]", "stdout": "note 1\n"{{.*}}}
# CHECK-NEXT: {"error": "AttributeError", "stdout": ""{{.*}}}
# CHECK-NEXT: {"error": "AttributeError", "stdout": ""{{.*}}}
# CHECK-NEXT: {"error": "ZeroDivisionError", "stdout": ""{{.*}}}

# TRACE: getattr(_t{{[0-9]+}}$1, "append")

def note(v):
    print("note", v)
    return v

def main(x, k):
    if k == 0:
        x.append(print("hi"))
    elif k == 1:
        x.append(note(1) + 1)
    else:
        x.append(1 // len(x))
    return x
