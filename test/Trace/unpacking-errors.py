# The TypeErrors of calls with `*` and `**` carry CPython's messages: a repeated keyword, a `**`
# operand that is not a mapping, a `*` operand that is not iterable (a lone one names the
# callee; in a list or tuple display, "Value after * must be an iterable"), binding errors naming the function's `__qualname__` (`outer.<locals>.inner`,
# `main.<locals>.<lambda>`), builtins' and methods' names. Where CPython names the module, the
# tracers write its `__name__`: `__main__` by default, as CPython does for a program run as a
# script (this file, below), or the name --module-name gives, as for the module imported under
# that name (`builtins` names no module, as in CPython).
# RUN: %python %s > %t.expected
# RUN: printf '[{"a": 2, "reverse": 1}]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -
# RUN: %python %S/Inputs/import_as.py served_fn %s > %t.served.expected
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --module-name served_fn -o %t.served.json > %t.served.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.served.out | diff %t.served.expected -
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s --module-name served_fn -o %t.served.py.json > %t.served.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.served.py.out | diff %t.served.expected -
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.served.py.json %t.json
# RUN: %python %S/Inputs/import_as.py builtins %s > %t.builtins.expected
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --module-name builtins -o %t.builtins.json > %t.builtins.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.builtins.out | diff %t.builtins.expected -
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s --module-name builtins -o %t.builtins.py.json > %t.builtins.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.builtins.py.out | diff %t.builtins.expected -
# RUN: grep -c "served_fn.named() got multiple values" %t.served.expected
# RUN: not grep "__main__" %t.served.expected %t.builtins.expected

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
        out.append([1, *None])
    except TypeError as e:
        out.append(str(e))
    try:
        out.append((*d, *3))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append({1, *4})
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
