# CPython raises TypeError at def time for Dict with one argument.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
from typing import Dict
# CHECK: {{.*}}annotation-dict-arity.py:[[@LINE+1]]:13: error: Too few arguments for typing.Dict; actual 1, expected 2
def f(x) -> Dict[str]:
    return 1
