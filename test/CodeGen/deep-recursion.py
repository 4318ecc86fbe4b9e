# Inlined recursion deeper than the compilation limit (96 calls) is cut back to a fallback, so a
# trace of deep recursion still compiles (rustc once overflowed its stack on it) and shallow
# calls still run compiled.
# RUN: printf '[150]\n[3]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry total -o %t.json
# RUN: pyctl --build-rust %t.json -o %t.exe
# RUN: %t.exe < %t.in | FileCheck %s
# CHECK:      {"fallback": true}
# CHECK-NEXT: {"repr": "6", "stdout": "", "json": 6}
# The fallback names the limit, not "path never traced": the input was traced.
# RUN: env PYCTL_FALLBACK_REASON=1 %t.exe < %t.in 2>&1 >/dev/null | FileCheck %s --check-prefix=REASON
# REASON: input line 1: fallback: unknown: calls nested more than 96 deep are not compiled

def total(n):
    if n <= 0:
        return 0
    return n + total(n - 1)
