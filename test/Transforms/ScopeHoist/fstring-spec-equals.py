# CPython reads `{x:=10}` in an f-string as `x` formatted with the spec `=10` (a walrus needs
# parentheses there); tree-sitter-python parses a walrus, or an error node for `=^10`. The front
# end desugars it to format(x, '=10'), and the printed Python runs as the original does.
# RUN: pyctl -passes=scope-hoist %s | FileCheck %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.py && %python %t.py > %t.out && diff %t.expected %t.out

# CHECK: return [format(x, '=10'), format(x, '==10'), format(s, '=^10'), format(x, '=10'), format(x, '=+8') + '|' + format(x, '>4')]
def main(x, s):
    return [f'{x:=10}', f'{x:==10}', f'{s:=^10}', f'{x :=10}', f'{x:=+8}|{x:>4}']

print(main(-5, 'é'))
