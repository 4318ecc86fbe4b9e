# Exception classes are values (`isinstance(e, KeyError)`), but calling one outside `raise E(...)`
# makes an exception object pyctl does not model: refused.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    ok = isinstance(x, (KeyError, ValueError))
    # CHECK: {{.*}}unsupported-exception-value.py:[[@LINE+2]]:11: error: unsupported construct: calling the exception class 'ValueError' outside 'raise ValueError(...)'
    # CHECK-NEXT: {{^}}    err = ValueError("bad"){{$}}
    err = ValueError("bad")
    return ok, err
