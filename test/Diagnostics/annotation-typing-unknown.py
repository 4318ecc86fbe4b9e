# Only the typing names whose subscription pyctl checks may be imported.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# CHECK: {{.*}}annotation-typing-unknown.py:[[@LINE+1]]:26: error: unsupported construct: 'typing.Protocol'
from typing import List, Protocol
