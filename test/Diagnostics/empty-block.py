# CPython's IndentationError "expected an indented block after ... on line N": tree-sitter accepts
# a compound statement followed by a line that is not indented (an empty block); pyctl must not
# run such a program (it used to run it as `if x: pass`).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/empty-else-block.py 2>&1 | FileCheck --check-prefix=ELSE %s
# ELSE: error: expected an indented block after 'else' statement on line 4

def main(x):
    y = 0
    # CHECK: {{.*}}empty-block.py:[[@LINE+1]]:10: error: expected an indented block after 'if' statement on line [[@LINE+1]]
    if x:
    y = 1
    return y
