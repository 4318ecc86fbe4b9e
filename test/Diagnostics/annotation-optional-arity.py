# CPython raises TypeError at def time for Optional with two arguments.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
from typing import Optional
# CHECK: {{.*}}annotation-optional-arity.py:[[@LINE+1]]:10: error: typing.Optional requires a single type.
def f(x: Optional[int, str]):
    return 1
