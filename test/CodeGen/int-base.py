# int(s, base) in compiled code, by CPython 3.11's rules: bases 0 and 2..36, surrounding (Unicode)
# whitespace, a sign, 0x/0o/0b prefixes (any case) with base 0 or their own base, underscores
# between digits and after a prefix, digits of other scripts. Every ValueError and a result
# outside 64 bits fall back; a call with an argument count the runtime does not implement falls
# back with a reason naming the builtin and the count. Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/int-base.jsonl -o %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: env PYCTL_FALLBACK_REASON=1 %t.bin < %S/Inputs/int-base.jsonl 2> %t.err | FileCheck %s
# RUN: FileCheck --check-prefix=REASON %s < %t.err
# TRACE:      {"repr": "255", "stdout": "", "json": 255}
# TRACE-NEXT: {"repr": "-255", "stdout": "", "json": -255}
# TRACE-NEXT: {"repr": "177", "stdout": "", "json": 177}
# TRACE-NEXT: {"repr": "15", "stdout": "", "json": 15}
# TRACE-NEXT: {"repr": "2", "stdout": "", "json": 2}
# TRACE-NEXT: {"repr": "1295", "stdout": "", "json": 1295}
# TRACE-NEXT: {"repr": "0", "stdout": "", "json": 0}
# TRACE-NEXT: {"repr": "0", "stdout": "", "json": 0}
# TRACE-NEXT: {"repr": "3", "stdout": "", "json": 3}
# TRACE-NEXT: {"repr": "42", "stdout": "", "json": 42}
# TRACE-NEXT: {"repr": "-9223372036854775808", "stdout": "", "json": -9223372036854775808}
# TRACE-NEXT: {"repr": "9223372036854775807", "stdout": "", "json": 9223372036854775807}
# TRACE-NEXT: {"repr": "-15", "stdout": "", "json": -15}
# TRACE-NEXT: {"repr": "511", "stdout": "", "json": 511}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"repr": "9223372036854775808", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"repr": "10", "stdout": "", "json": 10}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"repr": "1", "stdout": "", "json": 1}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"error": "ValueError", "stdout": ""}
# TRACE-NEXT: {"repr": "0", "stdout": "", "json": 0}
# TRACE-NEXT: {"error": "TypeError", "stdout": ""}
# CHECK:      {"repr": "255", "stdout": "", "json": 255}
# CHECK-NEXT: {"repr": "-255", "stdout": "", "json": -255}
# CHECK-NEXT: {"repr": "177", "stdout": "", "json": 177}
# CHECK-NEXT: {"repr": "15", "stdout": "", "json": 15}
# CHECK-NEXT: {"repr": "2", "stdout": "", "json": 2}
# CHECK-NEXT: {"repr": "1295", "stdout": "", "json": 1295}
# CHECK-NEXT: {"repr": "0", "stdout": "", "json": 0}
# CHECK-NEXT: {"repr": "0", "stdout": "", "json": 0}
# CHECK-NEXT: {"repr": "3", "stdout": "", "json": 3}
# CHECK-NEXT: {"repr": "42", "stdout": "", "json": 42}
# CHECK-NEXT: {"repr": "-9223372036854775808", "stdout": "", "json": -9223372036854775808}
# CHECK-NEXT: {"repr": "9223372036854775807", "stdout": "", "json": 9223372036854775807}
# CHECK-NEXT: {"repr": "-15", "stdout": "", "json": -15}
# CHECK-NEXT: {"repr": "511", "stdout": "", "json": 511}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "10", "stdout": "", "json": 10}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "1", "stdout": "", "json": 1}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "0", "stdout": "", "json": 0}
# CHECK-NEXT: {"fallback": true}
# REASON:      pyctl: input line 15: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 16: fallback: int() result outside 64 bits
# REASON-NEXT: pyctl: input line 17: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 18: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 19: fallback: ValueError: int() base must be >= 2 and <= 36, or 0
# REASON-NEXT: pyctl: input line 20: fallback: ValueError: int() base must be >= 2 and <= 36, or 0
# REASON-NEXT: pyctl: input line 22: fallback: ValueError: int() base must be >= 2 and <= 36, or 0
# REASON-NEXT: pyctl: input line 23: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 24: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 25: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 26: fallback: ValueError: invalid literal for int()
# REASON-NEXT: pyctl: input line 28: fallback: ValueError: invalid numeric text
# REASON-NEXT: pyctl: input line 29: fallback: ValueError: Exceeds the limit (4300 digits) for integer string conversion
# REASON-NEXT: pyctl: input line 31: fallback: builtin int with 3 arguments not supported by the compiled runtime

def main(s, b, mode):
    if mode == 1:
        return int(s, base=b)
    if mode == 2:
        return int(s, b, b)
    return int(s, b)
