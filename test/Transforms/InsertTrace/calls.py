# User calls: `x = f(a)` becomes `x = _pyctl_call(SITE, f, a)` and `f(a)` becomes
# `_pyctl_call(SITE, f, a)`, SITE holding the IR of the callee, the target (null for an expression
# statement) and the arguments at the caller's depth. The tracer records the isFunction guard with
# the callee's identity (set by _pyctl_function after each def) and inlines the callee at depth D+1;
# a call site that sees a second callee grows a guard chain. Module-level calls run at depth 1.
# RUN: pyctl -passes=anf,trace %s | FileCheck --strict-whitespace %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: printf '[3, false]\n[3, true]\n[1, true]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry run --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry run -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json

# CHECK-LABEL: {{^}}def twice(k):
# CHECK-NEXT:  {{^}}    _pyctl_enter('twice@[[TWICE:[0-9]+:1]]'){{$}}
# CHECK:       {{^}}_pyctl_function(twice, 'twice@[[TWICE]]', ['k'], [], False){{$}}
# CHECK-LABEL: {{^}}def fact(k):
# CHECK:       {{^}}    _t0 = _pyctl_call('{"args":[{"e1":{"kind":"identifier","name":"k$*"},"e2":{"kind":"integer","value":1},"kind":"binop","op":"-"}],"callee":{"kind":"identifier","name":"fact"},"target":{"kind":"identifier","name":"_t0$*"}}', fact, k - 1){{$}}
# CHECK:       {{^}}BASE = _pyctl_call('{"args":[{"kind":"integer","value":5}],"callee":{"kind":"identifier","name":"twice"},"target":{"kind":"identifier","name":"BASE"}}', twice, 5){{$}}
# CHECK-LABEL: {{^}}def run(n, swap):
# CHECK:       {{^}}    _pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"inc$*"},"named":{"function":"inc@[[INC:[0-9]+:5]]","kind":"clos","tenv":{}}}'){{$}}
# CHECK-NEXT:  {{^}}    def inc(k):{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_enter('inc@[[INC]]'){{$}}
# CHECK:       {{^}}    _pyctl_function(inc, 'inc@[[INC]]', ['k'], [], False){{$}}
# CHECK:       {{^}}    a = _pyctl_call('{"args":[{"kind":"identifier","name":"n$*"}],"callee":{"kind":"identifier","name":"step$*"},"target":{"kind":"identifier","name":"a$*"}}', step, n){{$}}
# CHECK:       {{^}}    _pyctl_call('{"args":[{"kind":"identifier","name":"a$*"}],"callee":{"kind":"identifier","name":"show"},"target":null}', show, a){{$}}

# RESULT:      {{^}}{"repr": "[6, 16]", "stdout": "6\n", "json": [6, 16]}{{$}}
# RESULT-NEXT: {{^}}{"repr": "[4, 16]", "stdout": "4\n", "json": [4, 16]}{{$}}
# RESULT-NEXT: {{^}}{"repr": "[2, 11]", "stdout": "2\n", "json": [2, 11]}{{$}}

def twice(k):
    return 2 * k

def fact(k):
    if k <= 1:
        return 1
    return k * fact(k - 1)

def show(v):
    print(v)

BASE = twice(5)

def run(n, swap):
    def inc(k):
        return k + 1
    step = twice
    if swap:
        step = inc
    a = step(n)
    show(a)
    return [a, fact(n) + BASE]
