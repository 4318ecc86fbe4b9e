# An `elif` arm stays an `elif` after insert-trace: its `_pyctl_if` record runs in the condition
# (`_pyctl_if` returns None, so `or` goes on to `_pyctl_branch`), and each arm that completes
# normally closes its own arm and the enclosing `else` arms at once with `_pyctl_end(k)`. Nesting
# one level per `elif` would stop CPython's parser at 100 levels (QA7 F3). An `elif` whose
# condition needs statements (a user call) stays a nested `else`. Both tracers record the same
# trace.
# RUN: pyctl -passes=anf,trace %s | FileCheck --strict-whitespace %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: printf '[0]\n[1]\n[-7]\n[6]\n[2]\n[3]\n[4]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry f --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry f -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json
# A 150-branch chain runs under the Python tracer.
# RUN: %python -c "print('def g(i):\n    if i == 0:\n        r = 0'); [print(f'    elif i == {k}:\n        r = {k}') for k in range(1, 150)]; print('    else:\n        r = -1\n    return r')" > %t.deep.src.py
# RUN: pyctl -passes=anf,trace %t.deep.src.py -o %t.deep.py
# RUN: printf '[149]\n[500]\n' > %t.deep.inputs.jsonl
# RUN: %python %pyctl_trace %t.deep.py --inputs %t.deep.inputs.jsonl --entry g --source %t.deep.src.py -o %t.deep.json | FileCheck --check-prefix=DEEP %s
# DEEP:      {"repr": "149"
# DEEP-NEXT: {"repr": "-1"

def g(x):
    return x > 5

# CHECK-LABEL: {{^}}def f(i):
# CHECK:       {{^}}    if _pyctl_branch(i == 0):
# CHECK:       {{^}}        out.append('zero'){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}
# CHECK-NEXT:  {{^}}    elif _pyctl_if('{{.*}}') or _pyctl_branch(i == 1):{{$}}
# CHECK:       {{^}}        elif _pyctl_if('{{.*}}') or _pyctl_branch(i < -5):{{$}}
# CHECK:       {{^}}            return _pyctl_returning(out){{$}}
# CHECK-NEXT:  {{^}}        else:{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_end(2){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(2){{$}}
# CHECK-NEXT:  {{^}}    else:{{$}}
# CHECK-NEXT:  {{^}}        _t0 = _pyctl_call({{.*}}, g, i){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_if('{{.*}}'){{$}}
# CHECK-NEXT:  {{^}}        if _pyctl_branch(_t0):{{$}}
# CHECK:       {{^}}        elif _pyctl_if('{{.*}}') or _pyctl_branch(i == 2):{{$}}
# CHECK-NEXT:  {{^}}            pass{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_end(2){{$}}
# CHECK:       {{^}}            out.append('other'){{$}}
# CHECK-NEXT:  {{^}}            _pyctl_end(3){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(2){{$}}
def f(i):
    out = []
    if i == 0:
        out.append("zero")
    elif i == 1:
        out.append("one")
        if i > 0:
            out.append("pos")
        elif i < -5:
            return out
    elif g(i):
        out.append("big")
    elif i == 2:
        pass
    elif i == 3:
        return ["three"]
    else:
        out.append("other")
    out.append("end")
    return out

# RESULT:      {"repr": "['zero', 'end']"
# RESULT-NEXT: {"repr": "['one', 'pos', 'end']"
# RESULT-NEXT: {"repr": "['other', 'end']"
# RESULT-NEXT: {"repr": "['big', 'end']"
# RESULT-NEXT: {"repr": "['end']"
# RESULT-NEXT: {"repr": "['three']"
# RESULT-NEXT: {"repr": "['other', 'end']"
