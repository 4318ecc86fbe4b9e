# Builtins held in variables called with `*` arguments and with a lambda as `key=`: compiled
# code runs the arm's call as a direct call (flattening `*`, running the key function's
# callback label), and falls back when the variable holds a builtin no guard names.
# RUN: printf '["max", [3, 1, 2]]\n["sorted", [3, 1, 2]]\n' > %t.jsonl
# RUN: pyctl --trace %s --inputs %t.jsonl -o %t.json
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: printf '["max", [-7, 0, 7, 4611686018427387904]]\n["sorted", []]\n["sorted", [5, -5, 0]]\n["min", [3, 1]]\n["max", []]\n' | %t.bin | FileCheck --check-prefix=OUT %s
# TRACE:      if isFunction(f$1, "builtin max")
# TRACE-NEXT:   set top$1 = max(*([xs$1]), key=_lambda0$1)
# TRACE-NEXT:     callback
# TRACE:      if isFunction(f$1, "builtin sorted")
# TRACE-NEXT:   set top$1 = sorted(*([xs$1]), key=_lambda0$1)
# TRACE-NEXT:     callback
# OUT-LABEL: {"repr": "-7"
# OUT-NEXT:  {"repr": "[]"
# OUT-NEXT:  {"repr": "[5, 0, -5]"
# OUT-NEXT:  {"fallback": true
# OUT-NEXT:  {"fallback": true

def main(k, xs):
    fns = {"max": max, "sorted": sorted, "min": min}
    f = fns[k]
    top = f(*[xs], key=lambda x: -x)
    return top
