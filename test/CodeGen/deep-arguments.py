# An argument line nested deeper than serde_json's recursion limit (128) is valid JSON that
# json.loads reads: the executable answers a fallback line for it and goes on with the next line
# (it used to stop with exit status 1); a malformed line that deep is still a protocol error.
# RUN: printf '[[1]]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry main -o %t.json
# RUN: pyctl --build-rust %t.json -o %t.exe
# RUN: %python -c "print('[' * 200 + ']' * 200); print('[' + '[' * 300 + '{\"k\": -1.5e3}' + ']' * 300 + ']'); print('[[2]]')" > %t.deep
# RUN: env PYCTL_FALLBACK_REASON=1 %t.exe < %t.deep 2> %t.err | FileCheck %s
# RUN: FileCheck --check-prefix=REASON %s < %t.err
# RUN: %python -c "print('[' * 200 + '1,' + ']' * 200)" > %t.bad
# RUN: not %t.exe < %t.bad 2>&1 | FileCheck --check-prefix=BAD %s
# CHECK:      {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "1", "stdout": "", "json": 1}
# REASON: input line 1: fallback: arguments nested more than 128 levels
# REASON: input line 2: fallback: arguments nested more than 128 levels
# BAD: input line 1: invalid JSON: recursion limit exceeded

def main(x):
    return len(x)
