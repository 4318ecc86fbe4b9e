# An unknown name in -passes= is an error that lists the valid names; nothing is printed.
# RUN: not pyctl -passes=anf,no-such-pass %s 2>&1 | FileCheck %s
# RUN: not pyctl -passes=scope-hoist,,for-to-while %s 2>&1 | FileCheck --check-prefix=EMPTY %s

# CHECK: pyctl: error: unknown pass name 'no-such-pass' in pipeline 'anf,no-such-pass'
# CHECK-SAME: (valid names: scope-hoist, for-to-while, name-applications, insert-trace, anf, trace)
# CHECK-NOT: def main

# EMPTY: pyctl: error: empty pass name in pipeline 'scope-hoist,,for-to-while'

def main(x):
    return x
