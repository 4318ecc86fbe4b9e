# The paper's running example (its figures 1, 5 and 7): after `anf`, insert-trace precedes every
# statement with the tracing call that records it, carrying the statement's IR (locals spelled
# `name$*`), and ends with the serverless_function wrapper. Run under CPython by
# runtime/python/pyctl_trace.py, the instrumented program gives CPython's results and records the
# same trace as the C++ evaluator (`pyctl --trace`).
# RUN: pyctl -passes=anf,trace %s | FileCheck --strict-whitespace %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: printf '[3]\n[-4]\n[0]\n[2.5]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry double_absolute_value --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry double_absolute_value -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json

# CHECK:      {{^}}_pyctl_trace = __import__('pyctl_trace'){{$}}
# CHECK-NEXT: {{^}}_pyctl_stmt = getattr(_pyctl_trace, '_pyctl_stmt'){{$}}
# CHECK:      {{^}}_pyctl_entry = getattr(_pyctl_trace, '_pyctl_entry'){{$}}
# CHECK-NEXT: {{^}}_pyctl_shown = getattr(_pyctl_trace, '_pyctl_shown'){{$}}
# CHECK-NEXT: {{^}}_pyctl_stmt('{"kind":"let","name":"double_absolute_value","named":{"kind":"undefined"}}'){{$}}
# CHECK-NEXT: {{^}}double_absolute_value: object{{$}}
# CHECK-NEXT: {{^}}_pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"double_absolute_value"},"named":{"function":"double_absolute_value@[[LINE:[0-9]+]]:1","kind":"clos","tenv":{}}}'){{$}}
# CHECK-LABEL: {{^}}def double_absolute_value(x):
# CHECK-NEXT:  {{^}}    _pyctl_enter('double_absolute_value@[[LINE]]:1'){{$}}
# CHECK-NEXT:  {{^}}    _pyctl_stmt('{"kind":"let","name":"double_x$*","named":{"kind":"undefined"}}'){{$}}
# CHECK-NEXT:  {{^}}    double_x: object{{$}}
# CHECK-NEXT:  {{^}}    _pyctl_stmt('{"kind":"let","name":"return_value$*","named":{"kind":"undefined"}}'){{$}}
# CHECK-NEXT:  {{^}}    return_value: object{{$}}
# CHECK-NEXT:  {{^}}    _pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"double_x$*"},"named":{"e1":{"kind":"integer","value":2},"e2":{"kind":"identifier","name":"x$*"},"kind":"binop","op":"*"}}'){{$}}
# CHECK-NEXT:  {{^}}    double_x = 2 * x{{$}}
# CHECK-NEXT:  {{^}}    _pyctl_if('{"e1":{"kind":"identifier","name":"x$*"},"e2":{"kind":"integer","value":0},"kind":"binop","op":"<"}'){{$}}
# CHECK-NEXT:  {{^}}    if _pyctl_branch(x < 0):{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"return_value$*"},"named":{"e":{"kind":"identifier","name":"double_x$*"},"kind":"op1","op":"-"}}'){{$}}
# CHECK-NEXT:  {{^}}        return_value = -double_x{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}
# CHECK-NEXT:  {{^}}    else:{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"return_value$*"},"named":{"kind":"identifier","name":"double_x$*"}}'){{$}}
# CHECK-NEXT:  {{^}}        return_value = double_x{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}
# CHECK-NEXT:  {{^}}    _pyctl_stmt('{"event":"print","eventArgs":[{"kind":"identifier","name":"return_value$*"}],"kind":"primApp"}'){{$}}
# CHECK-NEXT:  {{^}}    _pyctl_shown(print)(return_value){{$}}
# CHECK-NEXT:  {{^}}    _pyctl_stmt('{"kind":"break","name":"\'ret","value":{"kind":"identifier","name":"return_value$*"}}'){{$}}
# CHECK-NEXT:  {{^}}    return _pyctl_returning(return_value){{$}}
# CHECK-EMPTY:
# CHECK-NEXT:  {{^}}_pyctl_function(double_absolute_value, 'double_absolute_value@[[LINE]]:1', ['x'], [], False){{$}}
# CHECK-EMPTY:
# CHECK-NEXT:  {{^}}def serverless_function(trace, args):{{$}}
# CHECK-NEXT:  {{^}}    return _pyctl_entry(trace, args){{$}}
# CHECK-NOT:   {{.}}

# RESULT:      {{^}}{"repr": "6", "stdout": "6\n", "json": 6}{{$}}
# RESULT-NEXT: {{^}}{"repr": "8", "stdout": "8\n", "json": 8}{{$}}
# RESULT-NEXT: {{^}}{"repr": "0", "stdout": "0\n", "json": 0}{{$}}
# RESULT-NEXT: {{^}}{"repr": "5.0", "stdout": "5.0\n", "json": 5.0}{{$}}

def double_absolute_value(x):
    double_x = 2 * x

    if x < 0:
        return_value = -double_x
    else:
        return_value = double_x

    print(return_value)

    return return_value
