# Compiled code runs math functions (libm's, as CPython) and user key functions: the callback
# label runs once per item, in order, and the items are sorted stably by the keys; list.sort
# empties the list while its key function runs. Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/math-callbacks.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: math::call("math.sqrt"
# RUST: callback::CallbackCall::start(None, "sorted"
# RUST: callback::Request::Key(
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/math-callbacks.jsonl | FileCheck %s
# CHECK:      {"repr": "[1.4142135623730951, 0.9092974268256817, 2, -4.0, ['fig', 'pear', 'apple'], ['apple', 'fig', 'pear'], [0, 0, 0]]", "stdout": "key apple\nkey fig\nkey pear\n", "json": [1.4142135623730951, 0.9092974268256817, 2, -4.0, ["fig", "pear", "apple"], ["apple", "fig", "pear"], [0, 0, 0]]}
# CHECK-NEXT: {"fallback": true}
import math
from math import floor


def noisy(w):
    print("key", w)
    return len(w)


def main(words, x):
    seen = []

    def alpha(w):
        seen.append(len(words))
        return w
    words.sort(key=alpha)
    return [math.sqrt(x), math.sin(x), floor(x), -x * x, sorted(words, key=noisy), words, seen]
