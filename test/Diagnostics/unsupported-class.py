# A construct outside pyctl's subset stops it with file:line:col, the source line and a caret.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-class.py:[[@LINE+3]]:1: error: unsupported construct: class definition
# CHECK-NEXT: {{^}}class Point:{{$}}
# CHECK-NEXT: {{^}}^~~~~~~~~~~{{~?$}}
class Point:
    pass
