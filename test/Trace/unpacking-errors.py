# The TypeErrors of calls with `*` and `**` carry CPython's messages: a repeated keyword, a `**`
# operand that is not a mapping, a `*` operand that is not iterable (a lone one names the
# callee), binding errors naming the function's `__qualname__` (`outer.<locals>.inner`,
# `main.<locals>.<lambda>`), builtins' and methods' names. Where CPython names the module, the
# tracers write `__main__`, as CPython does for a program run as a script (this file, below).
# RUN: %python %s > %t.expected
# RUN: printf '[{"a": 2, "reverse": 1}]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -

def named(**kw):
    return kw

def outer():
    def inner(a, *, b):
        return a
    return inner

def main(d):
    out = []
    inner = outer()
    two = lambda a: a
    try:
        named(a=1, **d)
    except TypeError as e:
        out.append(str(e))
    try:
        named(**d, **d)
    except TypeError as e:
        out.append(str(e))
    try:
        named(**3)
    except TypeError as e:
        out.append(str(e))
    try:
        inner(*d)
    except TypeError as e:
        out.append(str(e))
    try:
        inner(1, *3)
    except TypeError as e:
        out.append(str(e))
    try:
        inner(*3)
    except TypeError as e:
        out.append(str(e))
    try:
        inner(1, c=2)
    except TypeError as e:
        out.append(str(e))
    try:
        two(*[1, 2])
    except TypeError as e:
        out.append(str(e))
    try:
        print(*[1], **{"a": 1})
    except TypeError as e:
        out.append(str(e))
    try:
        "{a}".format(**[1])
    except TypeError as e:
        out.append(str(e))
    try:
        sorted([], reverse=True, **d)
    except TypeError as e:
        out.append(str(e))
    return out

print(main({"a": 2, "reverse": 1}))
