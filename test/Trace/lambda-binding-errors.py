# A lambda binds its arguments as a def does (defaults, keyword-only parameters, *args, **kwargs)
# with CPython's TypeErrors, whose messages name it by its `__qualname__`: `<lambda>` at module
# level, `main.<locals>.<lambda>` in a function, `main.<locals>.<listcomp>.<lambda>` inside a
# comprehension, `main.<locals>.<lambda>.<locals>.<lambda>` for one made by a lambda (with
# default values, by a factory the front end adds, which the name never shows). Both tracers
# print what CPython prints.
# RUN: %python %s > %t.expected
# RUN: printf '[2]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.out | diff %t.expected -
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: %python -c "import json, sys; print(json.loads(open(sys.argv[1]).readline())['stdout'], end='')" %t.py.out | diff %t.expected -
# RUN: FileCheck %s < %t.expected

# CHECK: <lambda>() missing 1 required positional argument: 'x'
# CHECK: main.<locals>.<lambda>() missing 1 required keyword-only argument: 'must'
# CHECK: main.<locals>.<lambda>() takes from 0 to 1 positional arguments but 2 were given
# CHECK: main.<locals>.<lambda>() got an unexpected keyword argument 'w'
# CHECK: main.<locals>.<listcomp>.<lambda>() takes 0 positional arguments but 1 was given
# CHECK: main.<locals>.<lambda>.<locals>.<lambda>() got multiple values for argument 'b'
# CHECK: main.<locals>.<lambda>() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
top = lambda x, y=0, *rest, z=1, **kw: (x, y, rest, z, kw)

def main(k):
    kwonly = lambda a, *, key=k, must: (a, key, must)
    late = lambda v=k: v
    acc = lambda v, box=[]: (box.append(v), len(box))[1]
    fs = [lambda: i for i in range(k)]
    outer = lambda a=k: (lambda b=a: a + b)
    calls = [lambda: top(), lambda: kwonly(1), lambda: late(1, 2), lambda: acc(v=1, w=2),
             lambda: fs[0](1), lambda: outer()(1, b=2), lambda: kwonly(1, 2, must=3)]
    out = []
    for call in calls:
        try:
            call()
        except TypeError as e:
            out.append(str(e))
    return out

for message in main(2):
    print(message)
