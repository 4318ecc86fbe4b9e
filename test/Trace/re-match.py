# re.search / re.match / re.fullmatch are primApp events "re.search", "re.match", "re.fullmatch";
# the Match object's methods are methodCalls and m[g] an index node, with no guard (they dispatch on
# the receiver's run-time type). The C++ evaluator's results are CPython's (positions in code
# points, unmatched groups None / -1, repr cut to 50 code points) and its trace is the Python
# tracer's (which runs the real re). Expected lines computed with python3 3.11.
# RUN: printf '["k = v\\u00e9", "2024-03-07"]\n["no pair", "x"]\n["", ""]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck --check-prefix=OUT %s
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# RUN: pyctl -passes=anf,trace %s -o %t.py
# RUN: %python %pyctl_trace %t.py --inputs %t.inputs.jsonl --entry main --source %s -o %t.py.json > %t.py.out
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.cpp.json > %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py lines %t.py.out %t.cpp.out
# RUN: %python %S/../Transforms/InsertTrace/Inputs/same_json.py trace %t.py.json %t.cpp.json

# OUT:      {"repr": "[('k', 'vé'), {'key': 'k', 'value': 'vé'}, (4, 6), \"<re.Match object; span=(0, 4), match='2024'>\", ('2024', None), -1, False]", {{.*}}}
# OUT-NEXT: {"repr": "[None, 'no full match', \"<re.Match object; span=(0, 0), match=''>\", (None, None), -1, False]", {{.*}}}
# OUT-NEXT: {"repr": "[None, 'no full match', \"<re.Match object; span=(0, 0), match=''>\", (None, None), -1, True]", {{.*}}}
# TRACE: re.match(
# TRACE: .group(
# TRACE: .groupdict(
# TRACE: re.fullmatch(
# TRACE: re.search(
import re
from re import fullmatch


def main(line, text):
    m = re.match(r"(?P<key>\w+)\s*=\s*(?P<value>.*)", line)
    pair = m.group(1, "value") if m else None
    out = [pair]
    if m:
        out.append(m.groupdict())
        out.append(m.span(2))
    full = fullmatch(r"(\d+)-(\d+)-(\d+)", text)
    if full is None:
        out.append("no full match")
    found = re.search(r"(\d{4})?(T\d+)?", text)
    out.append(repr(found))
    if found:
        out.append(found.groups())
        out.append(found.start(2))
        out.append(found[0] == text)
    return out
