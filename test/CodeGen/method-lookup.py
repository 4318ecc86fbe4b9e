# The method lookup `anf` puts before arguments that need statements (a dropped getattr) is
# lowered to builtins::lookup_attribute: compiled code goes on when the receiver's type has the
# method and falls back otherwise (CPython raises AttributeError there). Expected lines computed
# with python3 3.11.
# RUN: printf '[[1], "a"]\n[["x"], "b"]\n' > %t.inputs.jsonl
# RUN: printf '[[1], "a"]\n[[], ""]\n[5, "a"]\n["s", "a"]\n[{"k": 1}, "k"]\n' > %t.run.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.run.jsonl | FileCheck %s

# RUST: builtins::lookup_attribute(&[

# CHECK:      {"repr": "[1, 'A']", "stdout": "note a\n"{{.*}}}
# CHECK-NEXT: {"repr": "['']", "stdout": "note \n"{{.*}}}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}
# CHECK-NEXT: {"fallback": true}

def note(v):
    print("note", v)
    return v

def main(xs, s):
    xs.append(note(s).upper())
    return xs
