# A loop whose body never ran keeps `[unknown]` as its body (never `[]`); a body
# left by `break` keeps its trailing `unknown`; `else` runs only without break.
# RUN: pyctl --trace %s --inputs %S/Inputs/zero.jsonl -o %t.zero.json | FileCheck --check-prefix=OUT0 %s
# RUN: pyctl --print-trace %t.zero.json | FileCheck --check-prefix=ZERO %s
# RUN: pyctl --trace %s --inputs %S/Inputs/zero-two.jsonl -o %t.two.json | FileCheck --check-prefix=OUT2 %s
# RUN: pyctl --print-trace %t.two.json | FileCheck --check-prefix=TWO %s

# OUT0: {"repr": "'done 0'", "stdout": "", "json": "done 0"}
# OUT2: {"repr": "'done 0'", "stdout": "", "json": "done 0"}
# OUT2: {"repr": "'broke 1'", "stdout": "", "json": "broke 1"}

# ZERO:      label 'brk0
# ZERO-NEXT:   while (i$1 < n$1)
# ZERO-NEXT:     unknown
# ZERO-NEXT:   set r$1 = "done"

# TWO:      label 'brk0
# TWO-NEXT:   while (i$1 < n$1)
# TWO-NEXT:     label 'cont0
# TWO-NEXT:       if (i$1 == 1)
# TWO-NEXT:         set r$1 = "broke"
# TWO-NEXT:         break 'brk0 None
# TWO-NEXT:         unknown
# TWO-NEXT:       else
# TWO-NEXT:         (empty)
# TWO-NEXT:       set i$1 = (i$1 + 1)
# TWO-NEXT:   set r$1 = "done"

def count(n):
    i = 0
    while i < n:
        if i == 1:
            r = "broke"
            break
        i = i + 1
    else:
        r = "done"
    return r + " " + str(i)
