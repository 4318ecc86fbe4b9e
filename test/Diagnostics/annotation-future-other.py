# Only `from __future__ import annotations` is taken.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# CHECK: {{.*}}annotation-future-other.py:[[@LINE+1]]:37: error: unsupported construct: 'from __future__ import division'
from __future__ import annotations, division
