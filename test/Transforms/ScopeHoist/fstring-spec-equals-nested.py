# A format spec starting with '=' may hold nested fields (`{x:=+{w}}`, `{x:={w}.{p}f}`), and a
# nested field may have a spec of its own without fields (`{x:{p:02}}`, `{w:={p:=2}}`), as in
# CPython 3.11. tree-sitter-python reads `x:=...` as a walrus (or fails to parse it), so the front
# end parses a copy with '<' in place of the '=' (FStringEqualsSpec.h) and reads the spec from the
# source. The printed Python runs as the original does.
# RUN: pyctl -passes=scope-hoist %s | FileCheck %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=anf %s -o %t.py && %python %t.py > %t.out && diff %t.expected %t.out

# CHECK: return [format(x, '=+' + format(w, '')), format(x, '=' + format(w, '')), format(x, '=' + format(w, '') + '.' + format(p, '') + 'f'),
# CHECK-SAME: format(x, '==' + format(w, '')), format(s, '=^' + format(w, '')), format(x, '=+' + format(repr(w), '')),
# CHECK-SAME: format(x, format(p, '02')), format(x, '=' + format(p, '>1')), format(w, '=' + format(p, '=2')) + '|' + format(x, '=10')]
def main(x, s, w, p):
    return [f"{x:=+{w}}", f"{x:={w}}", f"{x:={w}.{p}f}", f"{x:=={w}}", f'{s:=^{w}}', f"{x :=+{w!r}}",
            f"{x:{p:02}}", f"{x:={p:>1}}", f"{w:={p:=2}}|{x:=10}"]

print(main(-5, 'é', 8, 2))
