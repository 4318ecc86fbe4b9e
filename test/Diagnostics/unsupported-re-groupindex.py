# p.groupindex is CPython's read-only mappingproxy; pyctl gives a dict, so the front end accepts it
# only where the two act the same (p.groupindex[k], k in ..., len / dict / list / sorted / set /
# tuple of it, a for loop over it, .get / .keys / .values / .items) and diagnoses any other use:
# its repr, json.dumps, returning it, assigning it, storing into it.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=anf %S/Inputs/re-groupindex-store.py 2>&1 | FileCheck --check-prefix=STORE %s

# CHECK: {{.*}}unsupported-re-groupindex.py:[[@LINE+8]]:31: error: unsupported construct: 'groupindex' other than read by [], in, len(), dict(), list(), sorted(), a for loop, .get(), .keys(), .values() or .items() (CPython's mappingproxy is not a dict)
# CHECK-NEXT: {{^}}    return P.groupindex["a"], P.groupindex{{$}}
# STORE: {{.*}}re-groupindex-store.py:5:5: error: unsupported construct: 'groupindex' other than read by []
import re

P = re.compile("(?P<a>x)")

def main(s):
    return P.groupindex["a"], P.groupindex
