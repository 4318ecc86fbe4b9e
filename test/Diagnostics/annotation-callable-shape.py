# Callable[int] raises TypeError when the def runs, with CPython's message; Callable[int, str] is
# accepted by CPython (as Callable[[int], str]) but not modelled, so it is diagnosed as unsupported
# (not with a message CPython never gives).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: sed 's/Callable\[int\]/Callable[int, str]/' %s > %t.py
# RUN: not pyctl -passes=anf %t.py 2>&1 | FileCheck --check-prefix=TWO %s
from typing import Callable
# CHECK: {{.*}}annotation-callable-shape.py:[[@LINE+2]]:10: error: Callable must be used as Callable{{\[\[}}arg, ...], result].
# TWO: error: unsupported construct: a Callable annotation whose first argument is not a list of types or '...'
def f(g: Callable[int]):
    return 1
