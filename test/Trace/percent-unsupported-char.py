# printf-style `%` with an unsupported conversion character: CPython's PyUnicode_Format shows the
# character only when it is in 31..126, else '?'; the code point and the code point index follow.
# RUN: pyctl --trace %s --inputs %S/Inputs/percent-unsupported-char.jsonl -o %t.json | FileCheck %s
# CHECK:      {"repr": "\"unsupported format character '?' (0xfc) at index 1\""
# CHECK-NEXT: {"repr": "\"unsupported format character '?' (0x65e5) at index 2\""
# CHECK-NEXT: {"repr": "\"unsupported format character '?' (0x7) at index 1\""
# CHECK-NEXT: {"repr": "\"unsupported format character '?' (0x7f) at index 1\""
# CHECK-NEXT: {"repr": "\"unsupported format character '\\x1f' (0x1f) at index 1\""
# CHECK-NEXT: {"repr": "\"unsupported format character '~' (0x7e) at index 1\""
# CHECK-NEXT: {"repr": "\"unsupported format character '?' (0x1f600) at index 3\""
# CHECK-NEXT: {"repr": "\"unsupported format character 'y' (0x79) at index 1\""

def main(s):
    try:
        return s % (1,)
    except ValueError as e:
        return str(e)
