# In a module that may map a user function, the program's map(...) and filter(...) calls become
# _pyctl_map(...) / _pyctl_filter(...) (imported only then), which wrap a user function so that
# each call the iterator makes is recorded in the `pullCallback` label of the pulling point's
# node (its IR carries the empty label `'pull`); a builtin function is passed on as it is.
# RUN: pyctl -passes=anf,trace %s | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: printf '[[1, 2]]\n[[]]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry main -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json
# RUN: pyctl -passes=anf,trace %S/../NameApplications/Inputs/pulling-points-builtin.py | FileCheck --check-prefix=BUILTIN %s

# CHECK: _pyctl_map = getattr(_pyctl_trace, '_pyctl_map')
# CHECK: _pyctl_filter = getattr(_pyctl_trace, '_pyctl_filter')
# CHECK: "kind":"primApp","pullCallback":{"body":[{"kind":"unknown"}],"kind":"label","name":"\'pull"}
# CHECK-NEXT: _t0 = _pyctl_ordered(sum)(_pyctl_map(_lambda0, xs))
# CHECK: _t1 = _pyctl_ordered(list)(_pyctl_filter(None, _pyctl_map(str, xs)))

# RESULT:      {"repr": "[6, ['1', '2']]", "stdout": "", {{.*}}}
# RESULT-NEXT: {"repr": "[0, []]", "stdout": "", {{.*}}}

# BUILTIN-NOT: _pyctl_map
# BUILTIN-NOT: pullCallback

def main(xs):
    return [sum(map(lambda x: x * 2, xs)), list(filter(None, map(str, xs)))]
