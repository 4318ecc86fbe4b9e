# Attribute reads are accepted only for the names pyctl implements on some value (args, string,
# pos, endpos, re, lastindex, lastgroup, pattern, groups, groupindex, flags, real, imag: read as
# getattr(obj, 'name')); other names are diagnosed, as is assigning to any attribute.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/attribute-store.py 2>&1 | FileCheck --check-prefix=STORE %s

def f(e):
    # CHECK: {{.*}}unsupported-attribute-name.py:[[@LINE+2]]:12: error: unsupported construct: attribute access
    # CHECK-NEXT: {{^}}    return e.errno{{$}}
    return e.errno
# STORE: {{.*}}attribute-store.py:3:5: error: unsupported construct: attribute
