# A user call with `*` / `**` arguments evaluates each argument once into a temporary `$aN$D`
# (a lone `*xs` is made a tuple `$sN$D` after the keywords), guards on the number of items of
# each `*` (argCount) and the keys of each `**` (argKeys), and binds the parameters from `index`es
# of the temporaries. Another shape grows the guard chains, as another callee does; recording
# call by call equals merging per-call traces, and the Python tracer records the same trace.
# RUN: pyctl --trace %s --inputs %S/Inputs/star-all.jsonl -o %t.all.json | FileCheck %s
# RUN: pyctl --print-trace %t.all.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl --trace %s --inputs %S/Inputs/star-one.jsonl -o %t.one.json > /dev/null
# RUN: pyctl --trace %s --inputs %S/Inputs/star-two.jsonl -o %t.two.json > /dev/null
# RUN: pyctl --merge %t.one.json %t.two.json -o %t.merged.json
# RUN: pyctl --print-trace %t.merged.json | sed 1d > %t.merged.txt
# RUN: pyctl --print-trace %t.all.json | sed 1d | diff - %t.merged.txt
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %S/Inputs/star-all.jsonl --source %s -o %t.py.json > /dev/null
# RUN: pyctl --print-trace %t.py.json | sed 1d | diff - %t.merged.txt

# CHECK:      {"repr": "[1, (2,), 3, {}]", "stdout": ""
# CHECK-NEXT: {"repr": "[1, (), 0, {'z': 1}]", "stdout": ""
# CHECK-NEXT: {"repr": "[1, (2,), 3, {}]", "stdout": ""

# TRACE:      if isFunction(f, "f@{{[0-9]+}}:1")
# TRACE-NEXT:   let $a0$1 = xs$1
# TRACE-NEXT:   let $a1$1 = starKwargs(d$1)
# TRACE-NEXT:   let $s0$1 = tuple($a0$1)
# TRACE-NEXT:   if argCount($s0$1, 2)
# TRACE-NEXT:     if argKeys($a1$1, "k")
# TRACE-NEXT:       set r$1 =
# TRACE-NEXT:         block
# TRACE-NEXT:           label 'ret
# TRACE-NEXT:             let a$2 = $s0$1[0]
# TRACE-NEXT:             let k$2 = $a1$1["k"]
# TRACE-NEXT:             let rest$2 = ($s0$1[1],)
# TRACE-NEXT:             let kw$2 = {}
# TRACE:          else
# TRACE-NEXT:       unknown
# TRACE-NEXT:   else
# TRACE-NEXT:     if argCount($s0$1, 1)
# TRACE-NEXT:       if argKeys($a1$1, "z")
# TRACE-NEXT:         set r$1 =
# TRACE-NEXT:           block
# TRACE-NEXT:             label 'ret
# TRACE-NEXT:               let a$2 = $s0$1[0]
# TRACE-NEXT:               let k$2 = default(f, 0)
# TRACE-NEXT:               let rest$2 = ()
# TRACE-NEXT:               let kw$2 = {"z": $a1$1["z"]}
# TRACE:            else
# TRACE-NEXT:         unknown
# TRACE-NEXT:     else
# TRACE-NEXT:       unknown
# TRACE-NEXT: else
# TRACE-NEXT:   unknown

def f(a, *rest, k=0, **kw):
    return [a, rest, k, kw]

def main(xs, d):
    r = f(*xs, **d)
    return r
