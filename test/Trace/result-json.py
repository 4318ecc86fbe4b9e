# The `json` of a result line is omitted when the value has no exact JSON form: an int outside
# signed 64 bits, or a list that contains itself (a regression: this used to crash).
# RUN: printf '[9223372036854775806]\n[9223372036854775807]\n[-9223372036854775809]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry inc -o %t.json | FileCheck %s
# CHECK:      {"repr": "9223372036854775807", "stdout": "", "json": 9223372036854775807}
# CHECK-NEXT: {"repr": "9223372036854775808", "stdout": ""}
# CHECK-NEXT: {"repr": "-9223372036854775808", "stdout": "", "json": -9223372036854775808}
# RUN: printf '[1]\n' > %t.one
# RUN: pyctl --trace %s --inputs %t.one --entry cyclic -o %t.c.json | FileCheck --check-prefix=CYCLE %s
# CYCLE: {"repr": "[1, [...]]", "stdout": ""}

def inc(x):
    return x + 1

def cyclic(x):
    l = [x]
    l.append(l)
    return l
