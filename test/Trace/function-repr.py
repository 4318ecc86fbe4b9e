# A function's repr shows its `__qualname__` as CPython's does: nested defs with every enclosing
# function (`main.<locals>.a.<locals>.b`), lambdas as `<lambda>` (`main.<locals>.<lambda>`,
# `main.<locals>.<listcomp>.<lambda>`). Both tracers print what CPython prints (the address part
# is cut off).
# RUN: %python %s > %t.expected
# RUN: printf '[2]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -
# RUN: FileCheck %s < %t.expected

# CHECK: <function main
# CHECK-NEXT: <function main.<locals>.a
# CHECK-NEXT: <function main.<locals>.a.<locals>.b
# CHECK-NEXT: <function main.<locals>.a.<locals>.b.<locals>.<lambda>
# CHECK-NEXT: <function main.<locals>.<lambda>
# CHECK-NEXT: <function main.<locals>.<listcomp>.<lambda>
# CHECK-NEXT: <function <lambda>

top = lambda: 0

def main(k):
    def a():
        def b():
            return lambda: k
        return b
    fns = (main, a, a(), a()(), lambda y=k: y, [lambda: i for i in range(k)][0], top)
    return [str(fn).split(' at 0x')[0] for fn in fns]

for shown in main(2):
    print(shown)
