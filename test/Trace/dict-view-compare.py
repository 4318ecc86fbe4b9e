# dict_keys and dict_items views compare with sets and with each other as CPython's
# dictview_richcompare does (a size check, then containment), with a set on either side; a list
# or a dict_values view on the other side is not set-like (== is False, < is a TypeError). Both
# tracers give CPython's result lines, so both record the same branch.
# RUN: printf '[["a", "b"], ["b", "a"]]\n[["a"], ["a", "b"]]\n[[], []]\n[["a", "b"], ["a"]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json | FileCheck %s

# CHECK:      {"repr": "['same', False, True, True, False, True, \"'<' not supported between instances of 'dict_keys' and 'list'\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['differ', True, True, False, False, True, \"'<' not supported between instances of 'dict_keys' and 'list'\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['same', False, True, True, False, True, \"'<' not supported between instances of 'dict_keys' and 'list'\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['differ', False, False, True, False, True, \"'<' not supported between instances of 'dict_keys' and 'list'\"]", "stdout": ""{{.*}}}

def main(have, want):
    d = dict.fromkeys(have, 0)
    required = set(want)
    out = ["same" if d.keys() == required else "differ"]
    out.append(d.keys() < required)
    out.append(d.keys() <= required)
    out.append(required <= d.keys())
    out.append(d.keys() == list(have))
    out.append(d.items() == set(d.items()))
    try:
        out.append(d.keys() < list(want))
    except TypeError as e:
        out.append(str(e))
    return out
