# A `try` is recorded by `_pyctl_try` (the node, all of its bodies `[unknown]`), whose token each
# clause names when it opens its body: a handler or `finally` first closes what the exception
# left open (also inside the callee that raised). Both tracers record the same trace.
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: FileCheck --strict-whitespace %s < %t.py
# RUN: printf '[2]\n[1]\n[0]\n[-4]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry f --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry f -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json

# CHECK-LABEL: {{^}}def f(x):
# CHECK:       {{^}}    _pyctl_try0 = _pyctl_try('{"body":[{"kind":"unknown"}],"finalbody":[{"kind":"unknown"}],"handlers":[{"body":[{"kind":"unknown"}],"kind":"handler","name":{"kind":"identifier","name":"e$*"},"types":["ZeroDivisionError","ValueError"]}],"kind":"try","orelse":[{"kind":"unknown"}]}'){{$}}
# CHECK-NEXT:  {{^}}    try:{{$}}
# CHECK-NEXT:  {{^}}        y = _pyctl_call('{{.*}}', inverse, x){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}
# CHECK-NEXT:  {{^}}    except (ZeroDivisionError, ValueError) as e:{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_except(_pyctl_try0, 0){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_if(
# CHECK:       {{^}}            _pyctl_stmt('{"kind":"reraise"}'){{$}}
# CHECK-NEXT:  {{^}}            raise{{$}}
# CHECK:       {{^}}    else:{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_else(_pyctl_try0){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_stmt('{"kind":"break","name":"\'ret","value":{"kind":"identifier","name":"y$*"}}'){{$}}
# CHECK-NEXT:  {{^}}        return _pyctl_returning(y){{$}}
# CHECK-NEXT:  {{^}}    finally:{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_finally(_pyctl_try0){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_stmt('{"event":"print","eventArgs":[{"kind":"string","value":"f"}],"kind":"primApp"}'){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_shown(print)('f'){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}

# RESULT:      {{^}}{"repr": "0.5", "stdout": "f\n", "json": 0.5}{{$}}
# RESULT-NEXT: {{^}}{"repr": "1.0", "stdout": "f\n", "json": 1.0}{{$}}
# RESULT-NEXT: {{^}}{"error": "ZeroDivisionError", "stdout": "f\n"}{{$}}
# RESULT-NEXT: {{^}}{"repr": "'negative: -4'", "stdout": "f\n", "json": "negative: -4"}{{$}}

def inverse(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return 1 / x

def f(x):
    try:
        y = inverse(x)
    except (ZeroDivisionError, ValueError) as e:
        if x == 0:
            raise
        return str(e)
    else:
        return y
    finally:
        print("f")
