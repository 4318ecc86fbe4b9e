# A user function (or lambda) given to map or filter is called where items are pulled: here by
# the for loop's `next` (after "made" was printed, interleaved with the loop's prints) and by
# `list` (pulling the filter, which pulls the map). Each pulling point carries a `pullCallback`
# label holding the guarded, inlined calls; the guard tests `callbackFn`, the function the
# iterator is calling, a closure binds `$fn` to it, and `callbackArg 0` is the item. Both
# tracers record the same trace. Expected lines computed with python3 3.11.
# RUN: printf '[[1, 2], 2]\n[[], 0]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {"repr": "[6, [3, 4]]", "stdout": "made\ntwice 1\ngot 2\ntwice 2\ngot 4\n", {{.*}}}
# OUT-NEXT: {"repr": "[0, []]", "stdout": "made\n", {{.*}}}

# TRACE:      set m$1 = map(twice, xs$1)
# TRACE-NEXT: print("made")
# TRACE:      set _v0$1 = next(_it0$1, _s0$1)
# TRACE-NEXT:   pullCallback
# TRACE-NEXT:     label 'pull
# TRACE-NEXT:       if isFunction(callbackFn, "twice@[[#TWICE:]]:1")
# TRACE-NEXT:         break 'pull
# TRACE-NEXT:           block
# TRACE-NEXT:             label 'ret
# TRACE-NEXT:               let x$2 = callbackArg 0
# TRACE-NEXT:               print("twice", x$2)
# TRACE-NEXT:               break 'ret (2 * x$2)
# TRACE-NEXT:               unknown
# TRACE-NEXT:         unknown
# TRACE-NEXT:       else
# TRACE-NEXT:         unknown
# TRACE-NEXT:       unknown
# TRACE:      set ys$1 = list(filter(_lambda0$1, map(_lambda1$1, xs$1)))
# TRACE-NEXT:   pullCallback
# TRACE-NEXT:     label 'pull
# TRACE-NEXT:       if isFunction(callbackFn, "_lambda1@{{.*}}")
# TRACE-NEXT:         break 'pull
# TRACE-NEXT:           block
# TRACE-NEXT:             label 'ret
# TRACE-NEXT:               let $fn$2 = callbackFn
# TRACE-NEXT:               let x$2 = callbackArg 0
# TRACE-NEXT:               break 'ret (x$2 + *$fn$2->k)
# TRACE-NEXT:               unknown
# TRACE-NEXT:         unknown
# TRACE-NEXT:       else
# TRACE-NEXT:         if isFunction(callbackFn, "_lambda0@{{.*}}")
# TRACE-NEXT:           break 'pull
# TRACE:                      break 'ret (y$2 > *$fn$2->k)
# TRACE:      break 'ret [total$1, ys$1]

def twice(x):
    print("twice", x)
    return 2 * x

def main(xs, k):
    m = map(twice, xs)
    print("made")
    total = 0
    for v in m:
        print("got", v)
        total += v
    ys = list(filter(lambda y: y > k, map(lambda x: x + k, xs)))
    return [total, ys]
