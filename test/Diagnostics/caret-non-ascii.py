# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s --strict-whitespace
# The caret sits under the construct even when the line holds multi-byte and wide characters;
# the column is a byte column, as clang's.

def f(x):
    # CHECK: {{.*}}caret-non-ascii.py:[[@LINE+3]]:25: error: unsupported construct: 'yield'
    # CHECK-NEXT: {{^}}    s = "héllo日本"; yield s{{$}}
    # CHECK-NEXT: {{^}}                     ^~~~~~~{{$}}
    s = "héllo日本"; yield s
    return x
