# Builtins and bound methods held in variables called with `*` / `**` arguments and with a user
# function or lambda as `key=`: the guard's arm records the call as a direct call writes it
# (`starred` items, the `**` keyword entry, a `callback` label holding the key function's
# calls). Both tracers give CPython's output and record identical traces. Refused in both: a
# `**` dict with a key that is not a str for str.format held in a variable (CPython ignores
# such keys), a user function passed other than as `key=` (map, filter, a positional argument,
# a key reaching the builtin through `**`).
# RUN: printf '[[3, 1, 2], {"a": "\\u00e9", "b": 0}]\n[[], {"a": -1, "b": [], "c": null}]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > %t.out
# RUN: FileCheck %s < %t.out
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json > %t.py.out
# RUN: FileCheck %s < %t.py.out
# RUN: %python -c "import json, sys; a, b = (json.load(open(p))['trace'] for p in sys.argv[1:]); sys.exit(a != b)" %t.json %t.py.json
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# TRACE:      if isFunction(f$1, "builtin max")
# TRACE-NEXT:   set top$1 = max(*([xs$1]), default=None)
# TRACE:      if isFunction(fmt$1, "method str.format")
# TRACE-NEXT:   set text$1 = getattr(fmt$1, "__self__").format(**d$1)
# TRACE:      if isFunction(s$1, "builtin sorted")
# TRACE-NEXT:   set order$1 = sorted(xs$1, key=_lambda0$1)
# TRACE-NEXT:     callback
# TRACE-NEXT:       label 'cb
# TRACE-NEXT:         if isFunction(_lambda0$1, "_lambda0@{{[0-9]+}}:{{[0-9]+}}")
# TRACE-NEXT:           break 'cb
# TRACE:      if isFunction(srt$1, "method list.sort")
# TRACE-NEXT:   getattr(srt$1, "__self__").sort(key=neg)
# TRACE-NEXT:     callback

# CHECK:      "repr": "[3, '{{.+}}-0', [3, 2, 1], [3, 2, 1]]"
# CHECK-NEXT: "repr": "[None, '-1-[]', [], []]"

# RUN: printf 'def main(d):\n    fmt = "{a}".format\n    return fmt(**d)\n' > %t.fmt.py
# RUN: printf '[{"a": 1}]\n' > %t.fmt.jsonl
# RUN: pyctl --trace %t.fmt.py --inputs %t.fmt.jsonl -o %t.fmt.json | FileCheck --check-prefix=FMTOK %s
# FMTOK: "repr": "'1'"
# RUN: printf 'def main(d):\n    fmt = "{a}".format\n    d[1] = 2\n    return fmt(**d)\n' > %t.fmt2.py
# RUN: not pyctl --trace %t.fmt2.py --inputs %t.fmt.jsonl -o %t.fmt2.json 2>&1 | FileCheck --check-prefix=FMT %s
# RUN: pyctl -passes=anf,trace %t.fmt2.py -o %t.fmt2.inst.py
# RUN: not %python %pyctl_trace %t.fmt2.inst.py --entry main --inputs %t.fmt.jsonl --source %t.fmt2.py -o %t.fmt2.py.json 2>&1 | FileCheck --check-prefix=FMT %s
# FMT: unsupported{{.*}}a '**' dict with a key that is not a str in a call of str.format held in a variable

# RUN: printf 'def main(xs):\n    m = map\n    return list(m(lambda x: x, xs))\n' > %t.map.py
# RUN: printf '[[1]]\n' > %t.map.jsonl
# RUN: not pyctl --trace %t.map.py --inputs %t.map.jsonl -o %t.map.json 2>&1 | FileCheck --check-prefix=USER %s
# RUN: pyctl -passes=anf,trace %t.map.py -o %t.map.inst.py
# RUN: not %python %pyctl_trace %t.map.inst.py --entry main --inputs %t.map.jsonl --source %t.map.py -o %t.map.py.json 2>&1 | FileCheck --check-prefix=USER %s
# RUN: printf 'def main(xs):\n    s = sorted\n    return s(xs, **{"key": lambda x: -x})\n' > %t.kw.py
# RUN: not pyctl --trace %t.kw.py --inputs %t.map.jsonl -o %t.kw.json 2>&1 | FileCheck --check-prefix=USER %s
# RUN: pyctl -passes=anf,trace %t.kw.py -o %t.kw.inst.py
# RUN: not %python %pyctl_trace %t.kw.inst.py --entry main --inputs %t.map.jsonl --source %t.kw.py -o %t.kw.py.json 2>&1 | FileCheck --check-prefix=USER %s
# USER: unsupported{{.*}}a user function (or lambda) passed to a builtin called through a variable

def neg(x):
    return -x

def main(xs, d):
    f = max
    top = f(*[xs], default=None)
    fmt = "{a}-{b}".format
    text = fmt(**d)
    s = sorted
    order = s(xs, key=lambda x: -x)
    ys = list(xs)
    srt = ys.sort
    srt(key=neg)
    return [top, text, order, ys]
