# A method read from its builtin type is CPython's method_descriptor: both tracers call it with
# the receiver first and give CPython's reprs and TypeErrors; the trace records it as the
# builtin "TYPE.METHOD".
# RUN: %python %s > %t.expected
# RUN: printf '[["b", "A"]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: FileCheck %s < %t.expected

# TRACE: sorted(names$1, key=str.lower)

# CHECK:      ['A', 'b']
# CHECK-NEXT: <method 'append' of 'list' objects> True False
# CHECK-NEXT: TypeError descriptor 'lower' for 'str' objects doesn't apply to a 'int' object
# CHECK-NEXT: TypeError unbound method dict.get() needs an argument
# CHECK-NEXT: TypeError descriptor 'bit_length' for 'int' objects doesn't apply to a 'float' object
# CHECK-NEXT: 1 [1, 2]

def main(names):
    out = [str(sorted(names, key=str.lower))]
    out.append(" ".join([repr(list.append), str(str.lower == str.lower), str(str.lower == str.upper)]))
    for k in range(3):
        try:
            if k == 0:
                str.lower(5)
            elif k == 1:
                dict.get()
            else:
                int.bit_length(1.5)
        except TypeError as e:
            out.append("TypeError " + str(e))
    xs = [1]
    list.append(xs, 2)
    out.append(str(int.bit_length(True)) + " " + str(xs))
    return out

for line in main(["b", "A"]):
    print(line)
