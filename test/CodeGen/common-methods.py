# int.bit_length, float.is_integer, the str case methods, partition, removeprefix, splitlines,
# ord, chr, ascii and pow are lowered to the runtime (no fallback). Expected lines from python3 3.11.
# RUN: printf '%%s\n' '["hello wORLD", 300, 2.0]' '["a b", -5, 0.5]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.in | FileCheck %s
# Non-ASCII text (the C++ evaluator takes ASCII only) follows CPython's Unicode rules, with the
# final sigma; what CPython raises for falls back (a modulus of 0 here):
# RUN: printf '%%s\n' '["\u01c6a \u0391\u03a3", 7, 1.0]' '["x", 0, 1.0]' | %t.bin | FileCheck --check-prefix=OTHER %s
# OTHER: "repr": "[3, 3, True, ('ǆa', ' ', 'ΑΣ'), 'ǆa ΑΣ', ['ǆa ΑΣ'], 'ǅa ας', 'ǅa Ας', 'ǄA ας', 454, 'ĸ', \"'\\\\u01c6a \\\\u0391\\\\u03a3'\", 1, 7]"
# OTHER-NEXT: {"fallback": true}

# RUST: methods::bit_length(
# RUST: methods::is_integer(
# RUST: methods::partition(
# RUST: methods::removeprefix(
# RUST: methods::splitlines(
# RUST: methods::capitalize(
# RUST: methods::title(
# RUST: methods::swapcase(
# RUST: builtins::ord(
# RUST: builtins::chr(
# RUST: builtins::ascii(
# RUST: builtins::pow(

# CHECK:      "repr": "[9, 4, True, ('hello', ' ', 'wORLD'), 'hello wORLD', ['hello wORLD'], 'Hello world', 'Hello World', 'HELLO World', 104, 'ɝ', \"'hello wORLD'\", 1, 0]"
# CHECK-NEXT: "repr": "[3, 2, False, ('a', ' ', 'b'), 'a b', ['a b'], 'A b', 'A B', 'A B', 97, '\\x03', \"'a b'\", 1, -5]"


def main(s, n, x):
    t = s
    return [n.bit_length(), len(s).bit_length(), x.is_integer(), s.partition(" "),
            s.removeprefix("ab"), s.splitlines(), t.capitalize(), t.title(), t.swapcase(),
            ord(s[0]), chr(n + 305 if n > 0 else -n - 2), ascii(t), pow(3, 0, 2), pow(n, 1, 1000 // n)]
