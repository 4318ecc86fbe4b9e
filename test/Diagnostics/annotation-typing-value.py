# A name imported from typing may be used only in annotations (pyctl has no
# typing objects as values).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
from typing import List

def f(x: List[int]) -> int:
    # CHECK: {{.*}}annotation-typing-value.py:[[@LINE+1]]:12: error: unsupported construct: typing name 'List' used outside a type annotation
    return List
