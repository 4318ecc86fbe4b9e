# An exception made as an argument of another is a call of an exception class outside `raise`:
# refused with a message that says so (not as a raise of a non-builtin class).
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s

def f(x):
    # CHECK: {{.*}}unsupported-exception-in-raise-args.py:[[@LINE+2]]:24: error: unsupported construct: calling the exception class 'KeyError' outside 'raise KeyError(...)'
    # CHECK-NEXT: {{^}}    raise RuntimeError(KeyError("k")){{$}}
    raise RuntimeError(KeyError("k"))
