# `from re import NAME` accepts only findall, sub, split, search, match and fullmatch; the flags are diagnosed.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

# CHECK: {{.*}}unsupported-re-flag.py:[[@LINE+3]]:25: error: unsupported construct: 're.IGNORECASE'
# CHECK-NEXT: {{^}}from re import findall, IGNORECASE{{$}}
# CHECK-NEXT: {{^}}                        ^~~~~~~~~~{{$}}
from re import findall, IGNORECASE

def main(s):
    return findall("a", s, IGNORECASE)
