# re is importable, but only findall, finditer, sub, subn, split, search, match, fullmatch and
# compile: other names of the module (escape, purge, the flags, error, Match) are diagnosed where they are used.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

import re

def main(s):
    # CHECK: {{.*}}unsupported-re-name.py:[[@LINE+3]]:12: error: unsupported construct: 're.escape'
    # CHECK-NEXT: {{^}}    return re.escape(s){{$}}
    # CHECK-NEXT: {{^}}           ^~~~~~~~~{{$}}
    return re.escape(s)
