# A user function given as key= is traced where the builtin calls it: the call's `callback`
# label holds the guarded, inlined key function, its argument `callbackArg 0`, and the key is
# the value of `break 'cb`. Each call prints, in CPython's order (once per item, then the sort).
# RUN: pyctl --trace %s --inputs %S/Inputs/positive.jsonl -o %t.json | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# CHECK: {"repr": "['bb', 'a', 'ccc']", "stdout": "key a\nkey bb\nkey ccc\n"

# TRACE:      set _t0$1 = sorted(words$1, key=noisy, reverse=(n$1 > 0))
# TRACE-NEXT:   callback
# TRACE-NEXT:     label 'cb
# TRACE-NEXT:       if isFunction(noisy, "noisy@[[#NOISY:]]:1")
# TRACE-NEXT:         break 'cb
# TRACE-NEXT:           block
# TRACE-NEXT:             label 'ret
# TRACE-NEXT:               let w$2 = callbackArg 0
# TRACE-NEXT:               print("key", w$2)
# TRACE-NEXT:               break 'ret (len(w$2) % 3)
# TRACE-NEXT:               unknown
# TRACE-NEXT:         unknown
# TRACE-NEXT:       else
# TRACE-NEXT:         unknown
# TRACE-NEXT:       unknown
# TRACE-NEXT: break 'ret _t0$1

def noisy(w):
    print("key", w)
    return len(w) % 3


def main(n):
    words = ["a", "bb", "ccc"]
    return sorted(words, key=noisy, reverse=n > 0)
