# A '%' whose left operand is a str computed from literals, applied to a tuple display: CPython
# 3.11 folds the str into a constant and may then compile the '%' as an f-string, which the
# front end does not model, so it is diagnosed.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
# CHECK: unsupported-percent-format-folded-str.py:[[@LINE+3]]:12: error: unsupported construct: '%' formatting of a str computed from literals with a tuple display (CPython 3.11 folds the str and compiles the '%' as an f-string)
# CHECK-NEXT: {{^}}    return ("-" * 3 + "%s") % (xs,)
def main(xs):
    return ("-" * 3 + "%s") % (xs,)
