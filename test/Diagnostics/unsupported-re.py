# pyctl has no regular-expression engine matching CPython's: `re` is refused as a whole.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-re.py:[[@LINE+3]]:20: error: unsupported construct: module 're' (pyctl has no regular expression engine matching CPython's)
# CHECK-NEXT: {{^}}import math, json, re{{$}}
# CHECK-NEXT: {{^}}                   ^~{{$}}
import math, json, re

def main(s):
    return re.sub("a", "b", s)
