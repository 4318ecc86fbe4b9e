# Exception classes as values run compiled: the `builtin` node of a class, isinstance against
# classes and tuples of them (no compiled value is an exception), issubclass over CPython's
# hierarchy (exception_classes.rs), repr, ==, is. A `raise cls(...)` falls back (`raiseCall`), as
# every raise does; issubclass of a value that is not a class falls back on CPython's TypeError.
# RUN: printf '["key", "KeyError"]\n["zero", 1]\n["raise", "x"]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: printf '["key", 7]\n["zero", "z"]\n["other", null]\n["raise", ""]\n["key", "k"]\n' | %t.bin | FileCheck %s
# CHECK:      {"repr": "[\"<class 'KeyError'>\", True, False, True, False, True]", {{.*}}
# CHECK-NEXT: {"repr": "[\"<class 'ZeroDivisionError'>\", False, True, False, False, True]", {{.*}}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"repr": "[\"<class 'KeyError'>\", True, False, True, False, True]", {{.*}}

CLASSES = {"key": KeyError, "zero": ZeroDivisionError}


def main(name, x):
    cls = CLASSES.get(name, RuntimeError)
    if name == "raise":
        raise cls(x)
    return [repr(cls), issubclass(cls, LookupError), issubclass(cls, (ArithmeticError,)),
            cls is KeyError, isinstance(x, (KeyError, ValueError)), cls == CLASSES[name]]
