# One statement pulls two maps of the same user function called with different argument counts:
# their calls share the statement's `pullCallback` body, where `y` is bound from `callbackArg 1`
# by one and from its default by the other. Neither tracer merges them (the C++ evaluator used to
# keep the first binding silently); both refuse.
# RUN: printf '[[1, 2]]\n' > %t.inputs.jsonl
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry main -o %t.json 2>&1 | FileCheck --check-prefix=CPP %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: not %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json 2>&1 | FileCheck --check-prefix=PY %s

# CPP: error: unsupported: iterations of one loop do not merge: parameter 'y' of 'g' is bound differently by two calls
# PY: iterations of one loop do not merge

def g(x, y=7):
    return x * 10 + y

def main(xs):
    return list(zip(map(g, xs), map(g, xs, xs)))
