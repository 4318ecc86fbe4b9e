# Compiled code with re flags: the flags argument is an int in the trace (re.I | re.M is 10),
# passed to re_module::call; patterns keep their flags (p.flags, repr, equality, methods), and
# m.lastindex / m.lastgroup are getattr reads (runtime/rust/src/attributes.rs). Expected lines
# computed with python3 3.11 (the second line's K is the Kelvin sign); a flag the runtime does not model (re.TEMPLATE, as True) falls back.
# RUN: printf '["Kelvin=1\\nsſ=2", false]\n["", false]\n' > %t.inputs.jsonl
# RUN: printf '["Kelvin=1\\nsſ=2", false]\n["\\u212a=3\\nx", false]\n["", false]\n["a", true]\n' > %t.run.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: re_module::call("re.compile", &[{{.*}}Value::Int(10)
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.run.jsonl | FileCheck %s
# CHECK:      {"repr": "{{\[\[}}('Kelvin', '1'), ('sſ', '2')], 42, \"re.compile('^(?P<k>[a-z]+)=(\\\\\\\\d)$', re.IGNORECASE|re.MULTILINE)\", False, ['K', 's', 'ſ'], (2, None), (1, 'k')]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}('K', '3')], 42, \"re.compile('^(?P<k>[a-z]+)=(\\\\\\\\d)$', re.IGNORECASE|re.MULTILINE)\", False, ['K'], (2, None), (1, 'k')]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}], 42, \"re.compile('^(?P<k>[a-z]+)=(\\\\\\\\d)$', re.IGNORECASE|re.MULTILINE)\", False, [], None, None]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"fallback": true}
import re

P = re.compile(r"^(?P<k>[a-z]+)=(\d)$", re.I | re.M)


def main(text, template):
    if template:
        return re.findall("a", text, template)
    m = P.search(text)
    first = re.match(r"(?i)(?P<k>k)", text)
    return [P.findall(text), P.flags, repr(P), P == re.compile(P.pattern),
            re.findall("[ks]", text, flags=re.IGNORECASE),
            m and (m.lastindex, m.lastgroup), first and (first.lastindex, first.lastgroup)]
