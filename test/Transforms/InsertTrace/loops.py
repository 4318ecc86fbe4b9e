# Loops: `label 'brkN [while C [label 'contN [...]], else...]`. The tracer opens each iteration in
# _pyctl_iterate (so `continue` re-enters through the condition), _pyctl_end closes a loop body, an
# arm or a loop's `else` that was reached, and break/continue record `break 'brkN|'contN none`
# before they jump. Loops are numbered per function in pre-order, for-to-while loops included; a
# nested def numbers its own.
# RUN: pyctl -passes=anf,trace %s | FileCheck --strict-whitespace %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: printf '[[1, 2, 3], 2]\n[[4, -1, 5], 9]\n[[], 0]\n[[-3], 3]\n' > %t.inputs.jsonl
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry scan --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck --check-prefix=RESULT %s < %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl --entry scan -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/Inputs/same_json.py trace %t.py.json %t.cpp.json

# CHECK-LABEL: {{^}}def scan(xs, stop):
# CHECK:       {{^}}    _pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"i$*"},"named":{"kind":"integer","value":0}}'){{$}}
# CHECK-NEXT:  {{^}}    i = 0{{$}}
# CHECK-NEXT:  {{^}}    _pyctl_while(0, '{"e1":{"kind":"identifier","name":"i$*"},"e2":{"event":"len","eventArgs":[{"kind":"identifier","name":"xs$*"}],"kind":"primApp"},"kind":"binop","op":"<"}'){{$}}
# CHECK-NEXT:  {{^}}    while _pyctl_iterate(i < len(xs)):{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_if('{{.*}}'){{$}}
# CHECK-NEXT:  {{^}}        if _pyctl_branch(xs[i] == stop):{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_stmt('{{.*}}'){{$}}
# CHECK-NEXT:  {{^}}            found = i{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_jump('{"kind":"break","name":"\'brk0","value":{"kind":"none"}}'){{$}}
# CHECK-NEXT:  {{^}}            break{{$}}
# CHECK-NEXT:  {{^}}        else:{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_end(){{$}}
# CHECK-NEXT:  {{^}}        _pyctl_stmt('{"kind":"set","name":{"kind":"identifier","name":"i$*"},"named":{"e1":{"kind":"identifier","name":"i$*"},"e2":{"kind":"integer","value":1},"kind":"binop","op":"+="}}'){{$}}
# CHECK-NEXT:  {{^}}        i += 1{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}
# CHECK-NEXT:  {{^}}    else:{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_stmt('{{.*}}'){{$}}
# CHECK-NEXT:  {{^}}        found = -2{{$}}
# CHECK-NEXT:  {{^}}        _pyctl_end(){{$}}
# The for loop, lowered to while, is loop 1.
# CHECK:       {{^}}    _pyctl_while(1, '{{.*}}'){{$}}
# CHECK-NEXT:  {{^}}    while _pyctl_iterate(True):{{$}}
# CHECK:       {{^}}        if _pyctl_branch(x < 0):{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_jump('{"kind":"break","name":"\'cont1","value":{"kind":"none"}}'){{$}}
# CHECK-NEXT:  {{^}}            continue{{$}}
# CHECK-NEXT:  {{^}}        else:{{$}}
# CHECK-NEXT:  {{^}}            _pyctl_end(){{$}}
# A def's own loops count from 0; falling off its end records `break 'ret none`.
# CHECK-LABEL: {{^}}    def count_down(k):{{$}}
# CHECK:       {{^}}        _pyctl_while(0, '{{.*}}'){{$}}
# CHECK:       {{^}}        _pyctl_jump('{"kind":"break","name":"\'ret","value":{"kind":"none"}}'){{$}}
# CHECK-NEXT:  {{^}}    _pyctl_function(count_down, 'count_down@{{[0-9]+}}:5', ['k'], [], False){{$}}
# CHECK:       {{^}}    _pyctl_stmt('{"kind":"break","name":"\'ret","value":{"exps":[{"kind":"identifier","name":"found$*"},{"kind":"identifier","name":"total$*"}],"kind":"array"}}'){{$}}
# CHECK-NEXT:  {{^}}    return _pyctl_returning([found, total]){{$}}

# RESULT:      {{^}}{"repr": "[1, 6]", "stdout": "3\n2\n1\n", "json": [1, 6]}{{$}}
# RESULT-NEXT: {{^}}{"repr": "[-2, 9]", "stdout": "3\n2\n1\n", "json": [-2, 9]}{{$}}
# RESULT-NEXT: {{^}}{"repr": "[-2, 0]", "stdout": "3\n2\n1\n", "json": [-2, 0]}{{$}}
# RESULT-NEXT: {{^}}{"repr": "[-2, 0]", "stdout": "3\n2\n1\n", "json": [-2, 0]}{{$}}

def scan(xs, stop):
    found = -1
    i = 0
    while i < len(xs):
        if xs[i] == stop:
            found = i
            break
        i += 1
    else:
        found = -2
    total = 0
    for x in xs:
        if x < 0:
            continue
        total += x

    def count_down(k):
        while k > 0:
            print(k)
            k -= 1

    count_down(3)
    return [found, total]
