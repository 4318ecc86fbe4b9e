# Compiled code reads m.string, m.pos, m.endpos, m.re and p.pattern, p.groups, p.flags
# (`primApp getattr`, runtime/rust/src/attributes.rs) with CPython's values; a read CPython answers
# with AttributeError (None.pos: no match in the last line) falls back. Expected lines computed
# with python3 3.11.
# RUN: printf '["a=1 bé=22"]\n["=x"]\n' > %t.inputs.jsonl
# RUN: printf '["a=1 bé=22"]\n["=x"]\n["zoë=9"]\n["none"]\n' > %t.run.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: builtins::getattr(&[
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.run.jsonl | FileCheck %s
# CHECK:      {"repr": "{{\[\[}}('a=1 bé=22', 0, 9, 'a'), ('a=1 bé=22', 0, 9, 'bé')], re.compile('(\\\\w+)=(\\\\d*)'), True, '(\\\\w+)=(\\\\d*)', 2, 32]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}], re.compile('(\\\\w+)=(\\\\d*)'), True, '(\\\\w+)=(\\\\d*)', 2, 32]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}('zoë=9', 0, 5, 'zoë')], re.compile('(\\\\w+)=(\\\\d*)'), True, '(\\\\w+)=(\\\\d*)', 2, 32]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"fallback": true}
import re

KV = re.compile(r"(\w+)=(\d*)")


def main(text):
    found = [(m.string, m.pos, m.endpos, m[1]) for m in KV.finditer(text)]
    first = KV.search(text + " k=")
    if text == "none":
        return re.match("x", text).pos
    return [found, first.re, first.re == KV, KV.pattern, KV.groups, KV.flags]
