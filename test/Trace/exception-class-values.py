# Builtin exception classes are values: a name such as `KeyError` read anywhere records the
# `builtin` node; `except errors` of a variable records `typesExp`, read when an exception gets
# to the handler; `raise cls(...)` of a variable records `raiseCall` (callee, then arguments),
# `raise cls` the `raiseValue` it was. Both tracers record the same trace and answers, and the
# A-normal form prints as Python CPython runs the same.
# RUN: printf '["key", "k"]\n["value", "v"]\n["index", ""]\n["bad", "x"]\n["sub", ""]\n' > %t.inputs.jsonl
# RUN: pyctl -passes=anf %s | FileCheck --check-prefix=ANF %s
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

ERRORS = (KeyError, IndexError)
CLASSES = {"key": KeyError, "value": ValueError, "index": IndexError}


def main(kind, text):
    if kind == "sub":
        return [issubclass(KeyError, LookupError), repr(ValueError)]
    if kind == "bad":
        errors = 5
    else:
        errors = ERRORS
    cls = CLASSES[kind] if kind in CLASSES else RuntimeError
    try:
        try:
            if text:
                raise cls(text)
            raise cls
        except errors as e:
            return [isinstance(e, (KeyError, ValueError)), type(e) is IndexError, type(e).__name__]
    except Exception as e:
        return [type(e).__name__, str(e)]

# ANF:      ERRORS = (KeyError, IndexError)
# ANF:      raise cls(text)
# ANF:      raise cls{{$}}
# ANF:      except errors as e:

# OUT:      {"repr": "[True, False, 'KeyError']", "stdout": "", "json": [true, false, "KeyError"]}
# OUT-NEXT: {"repr": "['ValueError', 'v']", "stdout": "", "json": ["ValueError", "v"]}
# OUT-NEXT: {"repr": "[False, True, 'IndexError']", "stdout": "", "json": [false, true, "IndexError"]}
# OUT-NEXT: {"repr": "['TypeError', 'catching classes that do not inherit from BaseException is not allowed']", {{.*}}
# OUT-NEXT: {"repr": "[True, \"<class 'ValueError'>\"]", {{.*}}

# TRACE:      set ERRORS = (KeyError, IndexError)
# TRACE:      raise cls$1(text$1)
# TRACE:      raise cls$1{{$}}
# TRACE:      except errors$1 as e$1
