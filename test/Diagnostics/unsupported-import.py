# Only math, json and re are importable; other modules are named in the diagnostic.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-import.py:[[@LINE+3]]:8: error: unsupported construct: import of module 'os'
# CHECK-NEXT: {{^}}import os{{$}}
# CHECK-NEXT: {{^}}       ^~{{$}}
import os

def main():
    return 1
