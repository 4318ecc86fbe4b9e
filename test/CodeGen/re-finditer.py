# Compiled code runs re.subn / Pattern.subn and re.finditer / Pattern.finditer with the runtime
# crate: finditer is a lazy iterator (runtime/rust/src/re_module.rs, FindIter) advanced by for,
# list and next; a non-str string (CPython's TypeError) falls back. Expected lines computed with
# python3 3.11.
# RUN: printf '["a1 b22 c"]\n[""]\n["é٣ x"]\n' > %t.inputs.jsonl
# RUN: printf '["a1 b22 c"]\n[""]\n["é٣ x"]\n["33"]\n[5]\n' > %t.run.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: re_module::call("re.subn", &[
# RUST: re_module::call("re.finditer", &[
# RUST: methods::finditer(
# RUST: methods::subn(
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %t.run.jsonl | FileCheck %s
# CHECK:      {"repr": "[('a# b# c', 2), ['1', '22'], (1, 2), [(4, 6)], ('a1 b# c', 1)]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[('', 0), [], None, [], ('', 0)]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[('é# x', 1), ['٣'], (1, 2), [], ('é٣ x', 0)]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "[('#', 1), ['33'], (0, 2), [], ('#', 1)]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"fallback": true}
import re

TWO = re.compile(r"\d\d")


def main(text):
    out = [re.subn(r"\d+", "#", text)]
    found = []
    for m in re.finditer(r"\d+", text):
        found.append(m.group())
    out.append(found)
    it = re.compile(r"\d+").finditer(text)
    first = next(it, None)
    out.append(first.span() if first else None)
    out.append([m.span() for m in it])
    out.append(TWO.subn("#", text, 1))
    return out
