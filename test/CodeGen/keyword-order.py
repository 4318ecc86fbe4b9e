# Keyword arguments are evaluated in call order, not in the order of the parameters they bind:
# a call with a keyword and an argument that is not a name or a constant binds from temporaries
# made in call order (docs/trace-format.md, Keyword arguments), so compiled code pops in the
# same order as CPython. Calls with only names and constants bind directly.
# RUN: printf '[[1, 2, 3, 4]]\n[[5, 6, 7, 8]]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.inputs.jsonl | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# CHECK:      {"repr": "{{[[][[]}}3, 4], [1, 2], [9, 0]]", "stdout": ""
# CHECK-NEXT: {"repr": "{{[[][[]}}7, 8], [5, 6], [9, 0]]", "stdout": ""
# TRACE:      let $a0$1 = xs$1.pop()
# TRACE-NEXT: let $a1$1 = xs$1.pop()
# TRACE:      let a$2 = $a1$1
# TRACE-NEXT: let b$2 = $a0$1
# TRACE:      let a$2 = 9
# TRACE-NEXT: let b$2 = 0

def f(a, b):
    return [a, b]

def main(xs):
    first = f(b=xs.pop(), a=xs.pop())
    second = f(b=xs.pop(), a=xs.pop())
    third = f(b=0, a=9)
    return [first, second, third]
