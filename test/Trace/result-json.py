# The `json` of a result line is omitted when the value has no exact JSON form: an int outside
# signed 64 bits, or a list that contains itself (a regression: this used to crash).
# RUN: printf '[9223372036854775806]\n[9223372036854775807]\n[-9223372036854775809]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry inc -o %t.json | FileCheck %s
# CHECK:      {"repr": "9223372036854775807", "stdout": "", "json": 9223372036854775807}
# CHECK-NEXT: {"repr": "9223372036854775808", "stdout": ""}
# CHECK-NEXT: {"repr": "-9223372036854775808", "stdout": "", "json": -9223372036854775808}
# Dict keys are written as json.dumps writes them (1 -> "1", 0.5 -> "0.5", False -> "false",
# None -> "null"); two keys written alike ({1: .., "1": ..}) leave no exact JSON form.
# RUN: printf '[3]\n[0]\n' > %t.keys
# RUN: pyctl --trace %s --inputs %t.keys --entry keyed -o %t.k.json | FileCheck --check-prefix=KEYS %s
# KEYS:      {"repr": "{3: 'x', 3.5: [3], False: None, None: {-3: 3.0}, 'é': 2}", "stdout": "", "json": {"3": "x", "3.5": [3], "false": null, "null": {"-3": 3.0}, "é": 2}}
# KEYS-NEXT: {"repr": "{0: None, 0.5: [0], None: {0: 0.0}, 'é': 2, '0': 'clash'}", "stdout": ""}
# Floats are written as json.dumps writes them (float.__repr__: fixed notation below 1e16).
# RUN: printf '[1e15]\n[-1234567890123456.0]\n[1e16]\n[0.0001]\n[1e-05]\n' > %t.floats
# RUN: pyctl --trace %s --inputs %t.floats --entry scaled -o %t.f.json | FileCheck --check-prefix=FLOATS %s
# FLOATS:      "json": [1000000000000000.0, 2000000000000000.0]}
# FLOATS-NEXT: "json": [-1234567890123456.0, -2469135780246912.0]}
# FLOATS-NEXT: "json": [1e+16, 2e+16]}
# FLOATS-NEXT: "json": [0.0001, 0.0002]}
# FLOATS-NEXT: "json": [1e-05, 2e-05]}
# RUN: printf '[1]\n' > %t.one
# RUN: pyctl --trace %s --inputs %t.one --entry cyclic -o %t.c.json | FileCheck --check-prefix=CYCLE %s
# CYCLE: {"repr": "[1, [...]]", "stdout": ""}

def inc(x):
    return x + 1

def cyclic(x):
    l = [x]
    l.append(l)
    return l

def keyed(n):
    d = {n: "x", n + 0.5: [n], n > 5: None, None: {-n: float(n)}, "é": 2}
    if n == 0:
        d["0"] = "clash"
    return d

def scaled(x):
    return [x * 1.0, x * 2.0]
