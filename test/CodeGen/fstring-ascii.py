# Compiled code formats f-strings with `!a` (the runtime's ascii(): repr with non-ASCII escaped as
# \xhh, \uhhhh, \Uhhhhhhhh) and with format specs built from nested replacement fields.
# Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/fstring-ascii.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: builtins::ascii(
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/fstring-ascii.jsonl | FileCheck %s

# CHECK:      {"repr": "[\"'h\\\\xe9llo'\", \"['h\\\\xe9llo', 7]\", \"         'h\\\\xe9llo'\", '     +7', '*héllo*']", "stdout": "", "json": ["'h\\xe9llo'", "['h\\xe9llo', 7]", "         'h\\xe9llo'", "     +7", "*héllo*"]}
# CHECK-NEXT: {"repr": "[\"''\", \"['', 0]\", \"          ''\", '+0', '']", "stdout": "", "json": ["''", "['', 0]", "          ''", "+0", ""]}
# CHECK-NEXT: {"repr": "[\"'\\\\u2603\\\\U0001f600'\", \"['\\\\u2603\\\\U0001f600', -3]\", \"'\\\\u2603\\\\U0001f600'\", ' -3', '☃😀*']", "stdout": "", "json": ["'\\u2603\\U0001f600'", "['\\u2603\\U0001f600', -3]", "'\\u2603\\U0001f600'", " -3", "☃😀*"]}

def main(s, w):
    return [f"{s!a}", ascii([s, w]), f"{s!a:>{w + 12}}", f"{w:{'+'}{abs(w)}}", f"{s:{'*'}^{abs(w)}}"]
