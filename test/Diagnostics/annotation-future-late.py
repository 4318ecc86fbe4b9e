# `from __future__ import annotations` is taken only as the first statement (CPython also allows
# a docstring before it, and refuses it after anything else).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
import math
# CHECK: {{.*}}annotation-future-late.py:[[@LINE+1]]:1: error: unsupported construct: 'from __future__' import other than first in the module
from __future__ import annotations
