# A user function of a map() that raises StopIteration: CPython ends the consumer's iteration
# (map.__next__ lets the StopIteration out); the trace has already recorded a raise there, so
# both tracers refuse the call rather than record it.
# RUN: echo '[[1, 2, 3]]' > %t.inputs.jsonl
# RUN: not pyctl --trace %s --entry run --inputs %t.inputs.jsonl -o %t.json 2>&1 | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: not %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry run --source %s -o %t.py.json 2>&1 | FileCheck %s
# CHECK: unsupported: a map() or filter() function raised StopIteration, which ends the iteration that pulled the item
def f(x):
    if x == 2:
        raise StopIteration
    return x

def run(xs):
    return list(map(f, xs))
