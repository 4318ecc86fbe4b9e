# The two tracers refuse the same calls: what the C++ evaluator refuses on values CPython accepts
# (a method it lacks, type() of a class it cannot name, the order of a set of strs, a dict whose
# keys change while it is iterated, re arguments its engine does not take), the Python tracer
# refuses too (insert-trace's _pyctl_method / _pyctl_type / _pyctl_ordered / _pyctl_shown /
# _pyctl_re checks). Each input is one call, refused by both with "unsupported:".
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: for k in 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do \
# RUN:   echo "[$k]" > %t.$k.jsonl; \
# RUN:   not pyctl --trace %s --inputs %t.$k.jsonl --entry main -o %t.$k.cpp.json 2> %t.$k.cpp.err; \
# RUN:   not %python %pyctl_trace %t.inst.py --inputs %t.$k.jsonl --entry main --source %s -o %t.$k.py.json 2> %t.$k.py.err; \
# RUN:   grep -q "error: .*unsupported: " %t.$k.cpp.err && grep -q "error: .*unsupported: " %t.$k.py.err || echo "call $k: not refused by both"; \
# RUN: done > %t.out
# RUN: echo end >> %t.out
# RUN: FileCheck --check-prefix=BOTH %s < %t.out
# BOTH-NOT: not refused
# BOTH: end
# And the messages name the same thing.
# RUN: FileCheck --check-prefix=ENCODE %s < %t.0.cpp.err
# RUN: FileCheck --check-prefix=ENCODE %s < %t.0.py.err
# ENCODE: unsupported: method str.encode
# RUN: FileCheck --check-prefix=TYPE %s < %t.1.cpp.err
# RUN: FileCheck --check-prefix=TYPE %s < %t.1.py.err
# TYPE: unsupported: type() of a 'list_iterator' value
# RUN: FileCheck --check-prefix=DICT %s < %t.6.cpp.err
# RUN: FileCheck --check-prefix=DICT %s < %t.6.py.err
# DICT: unsupported: a dict changed its keys but not its size while iterated
import re


def helper():
    return 0


def main(k):
    s = {'a', 'b', 'c'}
    if k == 0:
        return 'é'.encode('utf-8')
    if k == 1:
        return type(iter([])).__name__
    if k == 2:
        return type(print).__name__ + type(helper).__name__
    if k == 3:
        return list(dict.fromkeys(s))
    if k == 4:
        return [x for x in s]
    if k == 5:
        return ','.join(s)
    if k == 6:
        d = {1: 1, 2: 2}
        for x in d:
            del d[x]
            d[x + 10] = 0
        return d
    if k == 7:
        d = {1: 1}
        try:
            for x in d.items():
                d.pop(1)
                d[1] = 2
        except RuntimeError:
            return 'caught'
    if k == 8:
        return [s]
    if k == 9:
        return re.findall('(?<=a)b', 'ab') if False else re.match('a', 'a', 1024)
    if k == 10:
        return re.sub('(a)', '\\10', 'a')
    if k == 11:
        return max(s, key=len)
    if k == 12:
        try:
            return 'x'.translate({})
        except AttributeError:
            return 'caught'
    if k == 13:
        return sorted(s, key=len)
    if k == 14:
        return s.pop()
    return f'{s}'
