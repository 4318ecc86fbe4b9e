# Builtins, method descriptors and bound methods called through variables: compiled code calls
# the builtin its guard names, and falls back (never calls the wrong one) when the variable
# holds a callable no trace saw: another builtin, a bound method of another type, a user
# function. Bound methods as key and map functions run compiled too.
# RUN: printf '["len", "h\\u00e9llo"]\n' > %t.len.jsonl
# RUN: pyctl --trace %s --inputs %t.len.jsonl -o %t.len.json
# RUN: pyctl --print-trace %t.len.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl --build-rust %t.len.json -o %t.len
# RUN: printf '["len", "\\u00e9t\\u00e9"]\n["abs", -3]\n["upper", "abc"]\n["twice", 4]\n["len", []]\n' | %t.len | FileCheck --check-prefix=LEN %s
# TRACE:      if isFunction(f$1, "builtin len")
# TRACE-NEXT:   set r$1 = len(x$1)
# TRACE-NEXT: else
# TRACE-NEXT:   unknown
# LEN:      {"repr": "3", "stdout": "", "json": 3}
# LEN-NEXT: {"fallback": true}
# LEN-NEXT: {"fallback": true}
# LEN-NEXT: {"fallback": true}
# LEN-NEXT: {"repr": "0", "stdout": "", "json": 0}

# RUN: printf '["len", "ab"]\n["abs", -3]\n["upper", "abc"]\n["twice", 4]\n' > %t.all.jsonl
# RUN: pyctl --trace %s --inputs %t.all.jsonl -o %t.all.json
# RUN: pyctl --build-rust %t.all.json -o %t.all
# RUN: printf '["upper", "\\u00df"]\n["abs", -7.5]\n["twice", -1]\n["len", [1]]\n["abs", "x"]\n' | %t.all | FileCheck --check-prefix=ALL %s
# ALL:      {"repr": "'SS'", "stdout": "", "json": "SS"}
# ALL-NEXT: {"repr": "7.5", "stdout": "", "json": 7.5}
# ALL-NEXT: {"repr": "-2", "stdout": "", "json": -2}
# ALL-NEXT: {"repr": "1", "stdout": "", "json": 1}
# ALL-NEXT: {"fallback": true}

# RUN: printf '["abca"]\n' > %t.str.jsonl
# RUN: pyctl --trace %s --entry counts --inputs %t.str.jsonl -o %t.str.json
# RUN: pyctl --build-rust %t.str.json -o %t.str
# RUN: printf '["banana"]\n[["a", "b", "a"]]\n[""]\n' | %t.str | FileCheck --check-prefix=STR %s
# STR:      {"repr": "[3, 'b', [0, 1, 2]]", "stdout": "", "json": [3, "b", [0, 1, 2]]}
# STR-NEXT: {"fallback": true}
# STR-NEXT: {"repr": "[0, None, []]", "stdout": "", "json": [0, null, []]}

def twice(v):
    return v * 2

def main(k, x):
    fns = {"len": len, "abs": abs, "upper": str.upper, "twice": twice}
    f = fns[k]
    r = f(x)
    return r

def counts(x):
    c = x.count
    firsts = {}
    for ch in x:
        firsts.setdefault(ch, len(firsts))
    return [c("a"), min(firsts, key=firsts.get, default=None), list(map(firsts.get, x[:3]))]
