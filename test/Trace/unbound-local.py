# After scope-hoist a local is `let x$1 = undefined`; reading it unbound raises
# UnboundLocalError, and the raising statement is in the trace (recorded before
# it runs), followed by `unknown` since the body was left by the exception.
# RUN: pyctl --trace %s --inputs %S/Inputs/true-false.jsonl -o %t.json | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# CHECK: {"repr": "1", "stdout": "", "json": 1}
# CHECK-NEXT: {"error": "UnboundLocalError", "stdout": ""}

# TRACE:      let value$1 = undefined
# TRACE-NEXT: if flag$1
# TRACE-NEXT:   set value$1 = 1
# TRACE-NEXT: else
# TRACE-NEXT:   (empty)
# TRACE-NEXT: break 'ret value$1

def pick(flag):
    if flag:
        value = 1
    return value
