# Binary operators of every precedence level mixed without parentheses: `&` binds tighter than
# `^`, which binds tighter than `|` (tree-sitter-python's grammar has `^` and `&` swapped).
# entry: main
def main(a, b, c):
    return [a ^ b & c, a & b ^ c, a | b ^ c & a, a << 1 & b, a + b & c, a & b | c ^ a,
            a ^ b | c, -a ^ ~b & c, a * b % 7 ^ c, a - b - c, a ** 2 ** 1 & c]
