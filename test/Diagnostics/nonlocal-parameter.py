# CPython's SyntaxError "name 'x' is parameter and nonlocal", at the nonlocal statement (not the def).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/global-parameter.py 2>&1 | FileCheck --check-prefix=GLOBAL %s
# GLOBAL: {{.*}}global-parameter.py:4:9: error: name 'b' is parameter and global
# GLOBAL-NEXT: {{^}}        global b{{$}}
# GLOBAL-NEXT: {{^}}        ^

def main(x):
    # CHECK: {{.*}}nonlocal-parameter.py:[[@LINE+3]]:5: error: name 'x' is parameter and nonlocal
    # CHECK-NEXT: {{^}}    nonlocal x{{$}}
    # CHECK-NEXT: {{^}}    ^
    nonlocal x
