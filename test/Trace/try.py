# A `try` node: the body left by the exception ends with `unknown` after the statement that
# raised (and so does the callee's body the exception left), the handler that caught it records
# into its own body, `orelse` only when the body ended normally, `finalbody` on every exit; a
# return in the body runs `finalbody` first. The C++ evaluator and the Python tracer agree.
# RUN: printf '[2]\n[0]\n[-1]\n[-3]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {"repr": "[5, 'else', 'finally']", "stdout": "", "json": [5, "else", "finally"]}
# OUT-NEXT: {"repr": "['zero: integer division or modulo by zero', 'finally']", "stdout": "", "json": ["zero: integer division or modulo by zero", "finally"]}
# OUT-NEXT: {"repr": "'negative'", "stdout": "finally\n", "json": "negative"}
# OUT-NEXT: {"error": "KeyError", "stdout": "finally\n"}

# TRACE:      {{^ +}}try{{$}}
# TRACE-NEXT:   if (x$1 == (-1))
# TRACE-NEXT:     break 'ret "negative"
# TRACE-NEXT:     unknown
# TRACE-NEXT:   else
# TRACE-NEXT:     (empty)
# TRACE-NEXT:   if isFunction(half, "half@{{[0-9]+}}:1")
# TRACE-NEXT:     set y$1 =
# TRACE-NEXT:       block
# TRACE-NEXT:         label 'ret
# TRACE-NEXT:           let k$2 = x$1
# TRACE-NEXT:           if (k$2 < 0)
# TRACE-NEXT:             raise KeyError(k$2)
# TRACE-NEXT:             unknown
# TRACE-NEXT:           else
# TRACE-NEXT:             (empty)
# TRACE-NEXT:           break 'ret (10 // k$2)
# TRACE-NEXT:           unknown
# TRACE-NEXT:   else
# TRACE-NEXT:     unknown
# TRACE-NEXT:   log$1.append(y$1)
# TRACE-NEXT: except ZeroDivisionError as e$1
# TRACE-NEXT:   log$1.append(("zero: " + str(e$1)))
# TRACE-NEXT: except ValueError, TypeError
# TRACE-NEXT:   unknown
# TRACE-NEXT: else
# TRACE-NEXT:   log$1.append("else")
# TRACE-NEXT: finally
# TRACE-NEXT:   if (x$1 < 0)
# TRACE-NEXT:     print("finally")
# TRACE-NEXT:   else
# TRACE-NEXT:     log$1.append("finally")
# TRACE-NEXT: break 'ret log$1

def half(k):
    if k < 0:
        raise KeyError(k)
    return 10 // k

def main(x):
    log = []
    try:
        if x == -1:
            return "negative"
        y = half(x)
        log.append(y)
    except ZeroDivisionError as e:
        log.append("zero: " + str(e))
    except (ValueError, TypeError):
        pass
    else:
        log.append("else")
    finally:
        if x < 0:
            print("finally")
        else:
            log.append("finally")
    return log
