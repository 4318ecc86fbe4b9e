# re is importable, but only findall, sub and split: other names of the module (compile, search,
# match, fullmatch, finditer, the flags, error) are diagnosed where they are used.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

import re

def main(s):
    # CHECK: {{.*}}unsupported-re-name.py:[[@LINE+3]]:12: error: unsupported construct: 're.compile'
    # CHECK-NEXT: {{^}}    return re.compile("a+").findall(s){{$}}
    # CHECK-NEXT: {{^}}           ^~~~~~~~~~{{$}}
    return re.compile("a+").findall(s)
