# Regression for the old for-to-while snapshot of dicts: the loop runs CPython's dict iterator, so
# a value assigned during the loop is seen and a resize raises RuntimeError at the next step. The
# trace records the protocol as `primApp iter` and `primApp next`.
# RUN: pyctl --trace %s --inputs %S/Inputs/iter-modes.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# OUT:      {"repr": "[('a', 1), ('b', 20)]", "stdout": "", "json": {{.*}}}
# OUT-NEXT: {"error": "RuntimeError", "stdout": ""}
# OUT-NEXT: {"repr": "[('a', 1)]", "stdout": "", "json": {{.*}}}

# TRACE:      set _it0$1 = iter(d$1.items())
# TRACE-NEXT: set _s0$1 = []
# TRACE-NEXT: label 'brk0
# TRACE-NEXT:   while true
# TRACE-NEXT:     label 'cont0
# TRACE-NEXT:       set _v0$1 = next(_it0$1, _s0$1)
# TRACE-NEXT:       if (_v0$1 is _s0$1)
# TRACE-NEXT:         break 'brk0 None
# TRACE-NEXT:         unknown
# TRACE-NEXT:       else
# TRACE-NEXT:         (empty)
# TRACE-NEXT:       set (k$1, v$1) = _v0$1

def f(mode):
    d = {"a": 1, "b": 2}
    out = []
    for k, v in d.items():
        out.append((k, v))
        if mode == 0:
            d["b"] = 20
        elif mode == 1:
            d["c"] = 3
        else:
            break
    return out
