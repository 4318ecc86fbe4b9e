# `raise E(...) from c` records `cause` on its `raise` node; `raise v` of a variable is a
# `raiseValue` node. The cause is evaluated after the exception and must be an exception or None
# (else TypeError); a variable that holds no exception raises TypeError. The C++ evaluator and the
# Python tracer agree; the A-normal form prints as Python that CPython runs the same.
# RUN: printf '[0, 0]\n[1, 0]\n[2, 0]\n[3, 0]\n[4, 2]\n' > %t.inputs.jsonl
# RUN: pyctl -passes=anf %s | FileCheck --check-prefix=ANF %s
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

def cause_of(k):
    return [None, 5][k]

def main(k, d):
    try:
        try:
            return 10 // d
        except ZeroDivisionError as e:
            if k == 0:
                raise ValueError("zero", k) from e
            if k == 1:
                raise ValueError("zero") from cause_of(k)
            if k == 2:
                raise e
            caught = k
            raise caught from None
    except (ValueError, TypeError, ZeroDivisionError) as outer:
        return type_name(outer)

def type_name(x):
    return repr(x)

# ANF:      raise ValueError('zero', k) from e
# ANF:      [[T:_t[0-9]+]] = cause_of(k)
# ANF-NEXT: raise ValueError('zero') from [[T]]
# ANF:      raise e{{$}}
# ANF:      raise caught from None

# OUT:      {"repr": "\"ValueError('zero', 0)\""
# OUT-NEXT: {"repr": "\"TypeError('exception causes must derive from BaseException')\""
# OUT-NEXT: {"repr": "\"ZeroDivisionError('integer division or modulo by zero')\""
# OUT-NEXT: {"repr": "\"TypeError('exceptions must derive from BaseException')\""
# OUT-NEXT: {"repr": "5"

# TRACE: raise ValueError("zero", k$1) from e$1
# TRACE: raise ValueError("zero") from
# TRACE: raise e$1{{$}}
# TRACE: raise caught$1 from None
