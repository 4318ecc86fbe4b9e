# Every diagnostic exits with status exactly 1 (not a crash, not some other code).
# REQUIRES: shell
# RUN: pyctl -passes=anf %s > %t.out 2>&1; echo "status $?" | FileCheck %s
# RUN: pyctl -passes=bogus %S/Inputs/identity.py > %t.out 2>&1; echo "status $?" | FileCheck %s
# RUN: pyctl -passes=anf %t.does-not-exist.py > %t.out 2>&1; echo "status $?" | FileCheck %s
# CHECK: status 1

def main(x):
    return (y for y in x)
