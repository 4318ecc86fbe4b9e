# The untaken arm of an `if` stays `unknown`; traces of separate calls merge into
# the trace of both calls.
# RUN: pyctl --trace %s --inputs %S/Inputs/positive.jsonl -o %t.pos.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.pos.json | FileCheck --check-prefix=POS %s
# RUN: pyctl --trace %s --inputs %S/Inputs/negative.jsonl -o %t.neg.json
# RUN: pyctl --trace %s --inputs %S/Inputs/both-signs.jsonl -o %t.both.json
# RUN: pyctl --merge %t.pos.json %t.neg.json -o %t.merged.json
# RUN: pyctl --print-trace %t.merged.json > %t.merged.txt
# RUN: pyctl --print-trace %t.both.json | diff - %t.merged.txt
# RUN: FileCheck --check-prefix=BOTH %s < %t.merged.txt

# OUT: {"repr": "6", "stdout": "6\n", "json": 6}

# POS:      ; entry double_absolute_value(x), 1 invocations
# POS:      label 'ret
# POS-NEXT:   let x$1 = argument 0
# POS-NEXT:   let double_x$1 = undefined
# POS-NEXT:   let return_value$1 = undefined
# POS-NEXT:   set double_x$1 = (2 * x$1)
# POS-NEXT:   if (x$1 < 0)
# POS-NEXT:     unknown
# POS-NEXT:   else
# POS-NEXT:     set return_value$1 = double_x$1
# POS-NEXT:   print(return_value$1)
# POS-NEXT:   break 'ret return_value$1

# BOTH:      ; entry double_absolute_value(x), 2 invocations
# BOTH:      if (x$1 < 0)
# BOTH-NEXT:   set return_value$1 = (-double_x$1)
# BOTH-NEXT: else
# BOTH-NEXT:   set return_value$1 = double_x$1

def double_absolute_value(x):
    double_x = 2 * x
    if x < 0:
        return_value = -double_x
    else:
        return_value = double_x
    print(return_value)
    return return_value
