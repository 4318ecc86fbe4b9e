# re is importable, but only findall, sub, split, search, match, fullmatch and compile: other
# names of the module (finditer, subn, the flags, error, Match) are diagnosed where they are used.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

import re

def main(s):
    # CHECK: {{.*}}unsupported-re-name.py:[[@LINE+3]]:12: error: unsupported construct: 're.finditer'
    # CHECK-NEXT: {{^}}    return re.finditer("a+", s){{$}}
    # CHECK-NEXT: {{^}}           ^~~~~~~~~~~{{$}}
    return re.finditer("a+", s)
