# Compiled user calls with `*` / `**`: the arguments are evaluated once, in CPython's order (the
# pop() below runs before `*xs` is unpacked), each `*` guarded on its length and each `**` on its
# exact keys; another length, another key sequence, a key that is not a str, or a `**` operand
# that is not a dict falls back. Once traced, the new shape runs compiled too.
# RUN: printf '[[1, 2, 3], {"k": 5}]\n' > %t.one.jsonl
# RUN: pyctl --trace %s --inputs %t.one.jsonl -o %t.one.json > /dev/null
# RUN: pyctl --build-rust %t.one.json -o %t.one
# RUN: printf '[[1, 2, 3], {"k": 5}]\n[[7, 8, 9], {"k": -1}]\n[[1, 2], {"k": 5}]\n[[1, 2, 3], {"j": 5}]\n[[1, 2, 3], {"k": 5, "j": 1}]\n[[1, 2, 3], {}]\n' > %t.probe.jsonl
# RUN: %t.one < %t.probe.jsonl | FileCheck --check-prefix=ONE %s
# ONE:      {"repr": "{{[[][[]}}1, 2, (), 5, {}], (2, 2, 1, 3), 'b=5 a=3']", "stdout": "", "json":
# ONE-NEXT: {"repr": "{{[[][[]}}7, 8, (), -1, {}], (8, 8, 7, 9), 'b=-1 a=9']", "stdout": "", "json":
# ONE-NEXT: {"fallback": true}
# ONE-NEXT: {"fallback": true}
# ONE-NEXT: {"fallback": true}
# ONE-NEXT: {"fallback": true}

# RUN: pyctl --trace %s --inputs %t.probe.jsonl -o %t.all.json | FileCheck --check-prefix=ALL %s
# RUN: pyctl --build-rust %t.all.json -o %t.all
# RUN: %t.all < %t.probe.jsonl | FileCheck --check-prefix=ALL %s
# ALL:      {"repr": "{{[[][[]}}1, 2, (), 5, {}], (2, 2, 1, 3), 'b=5 a=3']", "stdout": "", "json":
# ALL-NEXT: {"repr": "{{[[][[]}}7, 8, (), -1, {}], (8, 8, 7, 9), 'b=-1 a=9']", "stdout": "", "json":
# ALL-NEXT: {"repr": "{{[[][[]}}1, 2, (), 5, {}], (1, 1, 2), 'b=5 a=2']", "stdout": "", "json":
# ALL-NEXT: {"repr": "{{[[][[]}}1, 2, (), 0, {'j': 5}], (2, 2, 1, 3), 'b=0 a=3']", "stdout": "", "json":
# ALL-NEXT: {"repr": "{{[[][[]}}1, 2, (), 5, {'j': 1}], (2, 2, 1, 3), 'b=5 a=3']", "stdout": "", "json":
# ALL-NEXT: {"repr": "{{[[][[]}}1, 2, (), 0, {}], (2, 2, 1, 3), 'b=0 a=3']", "stdout": "", "json":

def f(a, b, *rest, k=0, **kw):
    return [a, b, rest, k, kw]

def rev(*xs):
    return xs[::-1]

def main(xs, d):
    first = f(*xs[:2], **d)
    ys = list(xs)
    backwards = rev(ys.pop(), *ys, *[ys.pop()])
    show = lambda a, b: "b=" + str(b) + " a=" + str(a)
    text = show(xs[-1], **{"b": d.get("k", 0)})
    return [first, backwards, text]
