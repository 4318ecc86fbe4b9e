# Compiled code runs re.findall / re.sub / re.split with the runtime crate's own engine
# (runtime/rust/src/regex.rs), giving CPython's results on Unicode text (\d matches '٣', \w 'é');
# a pattern outside the subset falls back. Expected lines computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/re-module.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json -o %t.rs
# RUN: FileCheck --check-prefix=RUST %s < %t.rs
# RUST: re_module::call("re.findall", &[
# RUST: re_module::call("re.sub", &[{{.*}}], &[("count",
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/re-module-run.jsonl | FileCheck %s
# CHECK:      {"repr": "{{\[\[}}'12', '٣٤', '1', '5'], 'é_1 x5', ['a12', '', '', 'é_']]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "{{\[\[}}], '', ['', '']]", "stdout": "", {{.*}}}
# CHECK-NEXT: {"fallback": true}
import re


def main(text, pattern):
    nums = re.findall(r"\d+", text)
    words = re.sub(r"(\w+) (\w)\d+", r"\1 \2#", text, count=1)
    parts = re.split(pattern, text.replace(" ", ","))
    return [nums, words[-6:], parts[:4]]
