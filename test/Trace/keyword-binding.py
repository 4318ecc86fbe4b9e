# Keyword arguments bind at trace time: the inlined callee starts with one `let` per parameter
# (positional, keyword-only, *args, **kwargs), taken from the argument, keyword or default that
# CPython binds to it; *args is a tuple display and **kwargs a dict display.
# RUN: pyctl --trace %s --inputs %S/Inputs/positive.jsonl -o %t.json | FileCheck %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s

# CHECK: {"repr": "{{.}}{{.}}30, (), 'cm', {}], [6, (3, 4), 'km', {'exact': True}]]", "stdout": ""

# TRACE:      set a$1 =
# TRACE:              let x$2 = n$1
# TRACE-NEXT:         let factor$2 = default(scale, 0)
# TRACE-NEXT:         let unit$2 = "cm"
# TRACE-NEXT:         let rest$2 = ()
# TRACE-NEXT:         let options$2 = {}
# TRACE:      set b$1 =
# TRACE:              let x$2 = n$1
# TRACE-NEXT:         let factor$2 = 2
# TRACE-NEXT:         let unit$2 = "km"
# TRACE-NEXT:         let rest$2 = (3, 4)
# TRACE-NEXT:         let options$2 = {"exact": true}

def scale(x, factor=10, *rest, unit="m", **options):
    return [x * factor, rest, unit, options]


def main(n):
    a = scale(n, unit="cm")
    b = scale(n, 2, 3, 4, exact=True, unit="km")
    return [a, b]
