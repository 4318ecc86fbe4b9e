# type(x) gives the builtin class of x (NoneType and a caught exception's class included) and
# `__name__` reads a class's or function's name: both tracers print what CPython prints.
# RUN: %python %s > %t.expected
# RUN: printf '[[1, "x", null, 2.5]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -
# RUN: FileCheck %s < %t.expected

# CHECK:      int str NoneType float
# CHECK-NEXT: <class 'int'> <class 'NoneType'> <class 'type'> True True
# CHECK-NEXT: ZeroDivisionError <class 'ZeroDivisionError'> True
# CHECK-NEXT: KeyError True
# CHECK-NEXT: len sqrt lower main <lambda>

import math

def main(values):
    out = [" ".join([type(v).__name__ for v in values])]
    out.append(" ".join([repr(type(1)), repr(type(None)), repr(type(int)), str(type(True) == bool),
                         str(isinstance(None, type(None)))]))
    try:
        1 // 0
    except ArithmeticError as e:
        out.append(" ".join([type(e).__name__, repr(type(e)), str(isinstance(e, type(e)))]))
    try:
        {}["k"]
    except LookupError as e:
        out.append(type(e).__name__ + " " + str(type(e) is type(e)))
    f = lambda: 0
    out.append(" ".join([len.__name__, math.sqrt.__name__, str.lower.__name__, main.__name__, f.__name__]))
    return out

for line in main([1, "x", None, 2.5]):
    print(line)
