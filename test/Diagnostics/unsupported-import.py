# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-import.py:[[@LINE+3]]:1: error: unsupported construct: import
# CHECK-NEXT: {{^}}import os{{$}}
# CHECK-NEXT: {{^}}^~~~~~~~~{{$}}
import os

def main():
    return 1
