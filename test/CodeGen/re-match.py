# Compiled code runs re.search / re.match / re.fullmatch with the runtime crate's engine and
# returns re.Match values whose methods (group, groups, groupdict, start, end, span), m[g],
# truthiness and repr are CPython's, positions in code points; a method call on None (no date in
# the last line: CPython's AttributeError) falls back. Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/re-match.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: re_module::call("re.search", &[
# RUST: methods::group(
# RUST: methods::span(
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/re-match-run.jsonl | FileCheck %s
# CHECK:      {"repr": "['zoë', 'bücher.de', (6, 19), ('2024', '03', '07', None), {'user': 'zoë', 'host': 'bücher.de'}, \"<re.Match object; span=(6, 19), match='zoë@bücher.de'>\", 20, 31, (-1, -1), None]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "None", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "None", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "['a', 'b.c', (0, 5), ('1999', '01', '02', None), {'user': 'a', 'host': 'b.c'}, \"<re.Match object; span=(0, 5), match='a@b.c'>\", 6, 17, (-1, -1), '01']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "['a', 'b.c', (0, 5), ('1999', '01', '02', None), {'user': 'a', 'host': 'b.c'}, \"<re.Match object; span=(0, 5), match='a@b.c'>\", 6, 17, (-1, -1), '02']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"fallback": true}
import re


def main(text, g):
    m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", text)
    if not m:
        return None
    d = re.search(r"\((\d+)-(\d+)-(\d+)\)(x)?", text)
    out = [m.group("user"), m["host"], m.span(), d.groups(), m.groupdict(), repr(m)]
    out.append(d.start())
    out.append(d.end(3))
    out.append(d.span(4))
    full = re.fullmatch(r"\d+", text)
    out.append(d.group(g) if full is None and g > 1 else full)
    return out
