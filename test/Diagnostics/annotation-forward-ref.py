# typing compiles a string argument as a forward reference: '1 +' raises SyntaxError.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
from typing import List
# CHECK: {{.*}}annotation-forward-ref.py:[[@LINE+1]]:15: error: unsupported construct: a string other than an identifier as a typing argument
def f(x: List["1 +"]):
    return 1
