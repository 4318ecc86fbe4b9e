# A method read from its builtin type (str.lower, list.count) is a builtin value named
# "TYPE.METHOD": called directly it is a primApp lowered to method_descriptor::call, passed as
# a key or to map it is called through the runtime's builtin values. A receiver of another type
# is CPython's TypeError: compiled code falls back. Expected lines computed with python3 3.11.
# RUN: printf '[["b", " A", "a "]]\n' > %t.inputs.jsonl
# RUN: printf '[["b", " A", "a "]]\n[[]]\n[["Z", "y"]]\n[["a", 1]]\n' > %t.run.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.run.jsonl | FileCheck %s

# RUST: method_descriptor::call("str.join", &[

# CHECK:      {"repr": "{{\[\[}}' A', 'a ', 'b'], ['b', 'A', 'a'], 'b| A|a ', 1, \"<method 'lower' of 'str' objects>\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}], [], '', 0, \"<method 'lower' of 'str' objects>\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}'y', 'Z'], ['Z', 'y'], 'Z|y', 0, \"<method 'lower' of 'str' objects>\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"fallback": true}

def main(names):
    return [sorted(names, key=str.lower), list(map(str.strip, names)), str.join("|", names),
            list.count(names, "b"), repr(str.lower)]
