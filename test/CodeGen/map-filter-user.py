# Compiled code runs the `pullCallback` label of a pulling point: the runtime's CallbackCall steps
# the iterator and hands out each call of the map's or filter's user function, which the label
# runs (callbackFn and callbackArg i from the pending call), guarded by the function's identity
# and by the number of arguments it was recorded with. A print in the function interleaves with
# the for loop's prints; filter keeps the items whose result is true. Expected lines computed
# with python3 3.11.
# RUN: printf '[[1, 2], 0]\n[[1, 2], 1]\n[[], 1]\n[[3, -4, 5], 2]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: callback::CallbackCall::start(None, "list"
# RUST: callback::Request::Pull([[P:p[0-9]+]]) => {
# RUST: builtins::is_function(&[[P]].func().clone(), "_lambda0@{{[0-9]+}}:{{[0-9]+}}")?)? && [[P]].arity() == 1
# RUST: [[P]].arg(0)?
# RUST: [[P]].answer(result);
# RUST: callback::CallbackCall::start(None, "next"
# RUST: callback::Request::Pull(
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.inputs.jsonl | FileCheck %s

# CHECK:      {"repr": "[10, 20]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[1, 2]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[3, 5]", "stdout": "f 3\nbody 3\nf -4\nf 5\nbody 5\n", {{.*}}}

def noisy_positive(x):
    print("f", x)
    return x > 0

def main(xs, mode):
    if mode == 0:
        return list(map(lambda x: x * 10, xs))
    if mode == 1:
        return list(map(abs, xs))
    out = []
    for v in filter(noisy_positive, xs):
        print("body", v)
        out.append(v)
    return out
