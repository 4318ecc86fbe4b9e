# A pull label's guard checks the number of arguments of the pending call too: the tracers bind
# the parameters of the function from the number of iterables of the map (here `y` from its
# default for one, from `callbackArg 1` for two). One statement pulling both maps is refused by
# both tracers (their calls' bindings do not merge: test/Trace/map-argcount-merge.py), so only
# the one-iterable map is traced; compiled code falls back on the untraced two-iterable path
# (CPython gives [(7, 1), (14, 4)]), while the one-iterable map alone runs. Expected lines
# computed with python3 3.11.
# RUN: printf '[[1, 2], 0]\n[[1, 2], 1]\n' > %t.inputs.jsonl
# RUN: printf '[[1, 2], 1]\n' > %t.traced.jsonl
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl -o %t.bad.json 2>&1 | FileCheck --check-prefix=REFUSED %s
# REFUSED: error: unsupported: iterations of one loop do not merge
# RUN: pyctl --trace %s --inputs %t.traced.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: callback::CallbackCall::start(None, "list"
# RUST: "g@{{[0-9]+}}:1")?)? && [[P:p[0-9]+]].arity() == 1))? {
# RUST: let mut {{v[0-9]+}}_y_2: Value = closure_default
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.inputs.jsonl | FileCheck %s

# CHECK:      {"fallback": true}
# CHECK-NEXT: {"repr": "[7, 14]", "stdout": "", {{.*}}}

def g(x, y=7):
    return x * y

def main(xs, mode):
    if mode == 0:
        return list(zip(map(g, xs), map(g, xs, xs)))
    return list(map(g, xs))
