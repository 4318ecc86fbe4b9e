# The literal text of a format spec is decoded like the rest of the f-string (escapes, and
# Windows line ends), and kept as written in a raw f-string.
# RUN: pyctl -passes=scope-hoist %s | FileCheck %s
# CHECK: return [format(x, '–^9'), format(x, '\t>4'), format(x, '\\t>4'), format(x, '–^' + format(w, '')), format(x, '=–>9')]
def main(x, w):
    return [f"{x:\u2013^9}", f"{x:\t>4}", rf"{x:\t>4}", f"{x:\u2013^{w}}", f"{x:=\u2013>9}"]
