# Any[int] raises TypeError when the def runs.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
from typing import Any
# CHECK: {{.*}}annotation-any-subscript.py:[[@LINE+1]]:10: error: type 'Any' is not subscriptable
def f(x: Any[int]):
    return 1
