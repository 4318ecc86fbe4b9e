# JSONDecodeError is no builtin name (it is json.JSONDecodeError): a bare `except
# JSONDecodeError` would be CPython's NameError, so it is refused like any unknown class.
# RUN: not pyctl -passes=anf %s 2>&1 | FileCheck %s
import json

def f(s):
    try:
        return json.loads(s)
    # CHECK: {{.*}}unsupported-except-jsondecodeerror.py:[[@LINE+1]]:12: error: unsupported construct: 'except JSONDecodeError', a name the module binds nowhere (pyctl catches builtin exception classes such as ValueError, or a variable holding them; json.JSONDecodeError is its name)
    except JSONDecodeError:
        return None
