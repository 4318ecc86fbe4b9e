# `s += e` and `s = s + e` on a variable lower to op_add_to, which appends to the str in place
# when nothing else holds it; an alias taken before keeps its text, and a list still gets a new
# list from `xs = xs + ys`.
# RUN: printf '["ab", ["é", "", "x"]]\n["", []]\n' > %t.in
# RUN: pyctl --trace %s --inputs %t.in --entry build -o %t.json > %t.expected
# RUN: pyctl --emit-rust %t.json | FileCheck %s --check-prefix=RUST
# RUN: pyctl --build-rust %t.json -o %t.exe
# RUN: %t.exe < %t.in | diff %t.expected -
# RUN: FileCheck %s < %t.expected
# RUST: op_add_to(&mut {{.*}}, true)?;
# RUST: op_add_to(&mut {{.*}}, false)?;
# RUST: op_add_to(&mut {{.*}}, false)?;
# CHECK: {"repr": "('abéx!', 'ab', 'abé', [1, 2], [1])"
# CHECK: {"repr": "('!', '', '', [1, 2], [1])"

def build(s, pieces):
    alias = s
    mid = s
    for p in pieces:
        s += p
        if p == "é":
            mid = s
    s = s + "!"
    xs = [1]
    ys = xs
    xs = xs + [2]
    return (s, alias, mid, xs, ys)
