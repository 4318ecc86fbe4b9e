# Every user call is guarded by its callee's identity; a call site that has
# called two functions holds a chain of guards. Callees run one level deeper
# (names end in $2), so they cannot see their caller's locals.
# RUN: pyctl --trace %s --inputs %S/Inputs/one-two.jsonl -o %t.json | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# CHECK: {"repr": "10", "stdout": "", "json": 10}
# CHECK-NEXT: {"repr": "-2", "stdout": "", "json": -2}

# TRACE:      if isFunction(g$1, "tenfold@[[#TENFOLD:]]:1")
# TRACE-NEXT:   set r$1 =
# TRACE-NEXT:     block
# TRACE-NEXT:       label 'ret
# TRACE-NEXT:         let x$2 = n$1
# TRACE-NEXT:         break 'ret (x$2 * 10)
# TRACE-NEXT:         unknown
# TRACE-NEXT: else
# TRACE-NEXT:   if isFunction(g$1, "negate@[[#TENFOLD+3]]:1")
# TRACE-NEXT:     set r$1 =
# TRACE-NEXT:       block
# TRACE-NEXT:         label 'ret
# TRACE-NEXT:           let x$2 = n$1
# TRACE-NEXT:           break 'ret (-x$2)
# TRACE-NEXT:           unknown
# TRACE-NEXT:   else
# TRACE-NEXT:     unknown

def tenfold(x):
    return x * 10

def negate(x):
    return -x

def apply(n):
    if n == 1:
        g = tenfold
    else:
        g = negate
    r = g(n)
    return r
