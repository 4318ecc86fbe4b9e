# --build-rust-lib builds the compiled function as a shared library with the C ABI of
# include/pyctl/CodeGen/CompiledABI.h; pyctl-call-lib loads it as `pyctl serve` does. Replies are
# the executable's result lines; fallbacks carry their reason; bad arguments are errors.
# REQUIRES: cargo
# RUN: pyctl --trace %s --inputs %S/../Trace/Inputs/positive.jsonl -o %t.pos.json
# RUN: pyctl --build-rust-lib %t.pos.json -o %t.pos.so
# RUN: printf '[3]\n[-4]\n\n[1.5]\n[9223372036854775807]\n[true]\n[]\n{"x": 1}\n[1,\n' \
# RUN:   | pyctl-call-lib %t.pos.so | FileCheck --check-prefix=POS %s
# POS:      {"repr": "6", "stdout": "6\n", "json": 6}
# POS-NEXT: {"fallback": true, "reason": "{{.+}}"}
# POS-NEXT: {"repr": "3.0", "stdout": "3.0\n", "json": 3.0}
# POS-NEXT: {"fallback": true, "reason": "{{.+}}"}
# POS-NEXT: {"repr": "2", "stdout": "2\n", "json": 2}
# POS-NEXT: {"fallback": true, "reason": "TypeError: wrong number of arguments"}
# POS-NEXT: {"error": "expected a JSON array of arguments"}
# POS-NEXT: {"error": "invalid JSON: {{.+}}"}

# Rebuilding at the same path replaces the library atomically; a new load sees the new code.
# RUN: pyctl --trace %s --inputs %S/../Trace/Inputs/both-signs.jsonl -o %t.both.json
# RUN: pyctl --build-rust-lib %t.both.json -o %t.pos.so
# RUN: printf '[3]\n[-4]\n' | pyctl-call-lib %t.pos.so | FileCheck --check-prefix=BOTH %s
# BOTH:      {"repr": "6", "stdout": "6\n", "json": 6}
# BOTH-NEXT: {"repr": "8", "stdout": "8\n", "json": 8}

# Errors: no output file, a missing library, a file that is not one.
# RUN: not pyctl --build-rust-lib %t.pos.json 2>&1 | FileCheck --check-prefix=NOOUT %s
# NOOUT: pyctl: error: --build-rust-lib needs -o LIB.so
# RUN: not pyctl-call-lib %t.missing.so < /dev/null 2>&1 | FileCheck --check-prefix=MISSING %s
# MISSING: pyctl-call-lib: error: no library file at '{{.*}}.missing.so'
# RUN: not pyctl-call-lib %t.pos.json < /dev/null 2>&1 | FileCheck --check-prefix=NOTLIB %s
# NOTLIB: pyctl-call-lib: error: cannot load '{{.*}}.pos.json': {{.+}}

def double_absolute_value(x):
    double_x = 2 * x
    if x < 0:
        return_value = -double_x
    else:
        return_value = double_x
    print(return_value)
    return return_value
