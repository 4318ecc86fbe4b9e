# A replacement field nested in a format spec may not hold another nested field in its own spec:
# CPython 3.11's SyntaxError, at the end of the line (the token after the string). A nested field
# with a spec of its own that holds no field is fine.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}fstring-nested-too-deeply.py:[[@LINE+4]]:26: error: f-string: expressions nested too deeply
def f(x, w, p):
    ok = f"{x:{w}.{p}}"
    ok2 = f"{x:{w:>3}}" + f"{x:={p:=2}}"
    return f"{x:{w:{p}}}"
