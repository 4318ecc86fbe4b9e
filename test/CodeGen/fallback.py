# Compiled code falls back on a path no trace covered, and gives CPython's answer
# once that path is traced too.
# RUN: pyctl --trace %s --inputs %S/../Trace/Inputs/positive.jsonl -o %t.pos.json
# RUN: pyctl --build-rust %t.pos.json -o %t.pos
# RUN: printf '[3]\n[-4]\n[1.5]\n[9223372036854775807]\n[true]\n' | %t.pos | FileCheck --check-prefix=POS %s
# POS:      {"repr": "6", "stdout": "6\n", "json": 6}
# POS-NEXT: {"fallback": true}
# POS-NEXT: {"repr": "3.0", "stdout": "3.0\n", "json": 3.0}
# POS-NEXT: {"fallback": true}
# POS-NEXT: {"repr": "2", "stdout": "2\n", "json": 2}

# RUN: pyctl --trace %s --inputs %S/../Trace/Inputs/both-signs.jsonl -o %t.both.json
# RUN: pyctl --build-rust %t.both.json -o %t.both
# RUN: printf '[3]\n[-4]\n' | %t.both | FileCheck --check-prefix=BOTH %s
# BOTH:      {"repr": "6", "stdout": "6\n", "json": 6}
# BOTH-NEXT: {"repr": "8", "stdout": "8\n", "json": 8}

def double_absolute_value(x):
    double_x = 2 * x
    if x < 0:
        return_value = -double_x
    else:
        return_value = double_x
    print(return_value)
    return return_value
