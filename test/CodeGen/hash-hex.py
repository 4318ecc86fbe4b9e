# hex(), oct(), bin() and hash() in compiled code: 64-bit ints and bools give CPython 3.11's
# text and hash (mod 2**61 - 1, hash(-1) == -2; floats by _Py_HashDouble; tuples by the xxHash
# tuplehash); a float argument of hex (CPython's TypeError) and ints past 64 bits fall back (a
# str, whose hash varies per process, is refused when tracing). zip(strict=False) is a plain zip.
# Expected lines computed with python3 3.11.
# RUN: printf '[5]\n[-1]\n[-9223372036854775808]\n[2.5]\n[18446744073709551616]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.inputs.jsonl | FileCheck %s
# CHECK:      {"repr": "['0x5', '0o5', '0b101', 5, 1152921504606846977, 314159, -3550055125485641917, 1]"{{.*}}}
# CHECK-NEXT: {"repr": "['-0x1', '-0o1', '-0b1', -2, 1152921504606846977, 314159, -3550055125485641917, 1]"{{.*}}}
# CHECK-NEXT: {"repr": "['-0x8000000000000000', '-0o1000000000000000000000', '-0b1000000000000000000000000000000000000000000000000000000000000000', -4, 1152921504606846977, 314159, -3550055125485641917, 1]"{{.*}}}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}

def main(x):
    return [hex(x), oct(x), bin(x), hash(x), hash(1.5), hash(float("inf")), hash((1, 2)),
            len(list(zip([x], [1, 2], strict=False)))]
