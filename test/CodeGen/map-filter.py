# Compiled code runs map and filter of builtin functions through the runtime's lazy iterators:
# a map stops at its shortest iterable, filter(None, ...) keeps the truthy items, int() raises
# (falls back) only when the bad item is pulled, after the output before it. Expected lines
# computed with python3 3.11.
# RUN: pyctl --trace %s --inputs %S/Inputs/map-filter.jsonl -o %t.json > /dev/null
# RUN: pyctl --emit-rust %t.json | FileCheck --check-prefix=RUST %s
# RUN: pyctl --build-rust %t.json -o %t.bin
# RUN: %t.bin < %S/Inputs/map-filter.jsonl | FileCheck %s
# RUN: %t.bin < %S/Inputs/map-filter-bad.jsonl | FileCheck --check-prefix=BAD %s

# RUST: builtins::filter(&[Value::None,
# RUST: builtins::map(&[Value::Builtin(&"int"),

# CHECK:      {"repr": "{{[[][[]}}1, -2, 30], 29, ['1', '-2', ' 30'], [1, 4, 30], [(1, 0), (-1, 1)], '1|-2|30']", "stdout": "1\n-2\n30\n", {{.*}}}
# CHECK-NEXT: {"repr": "{{[[][[]}}], 0, [], [1, 4, 9], [], '']", "stdout": "", {{.*}}}
# CHECK-NEXT: {"repr": "{{[[][[]}}7], 7, ['7'], [7, 4, 9], [(7, 0)], '7']", "stdout": "7\n", {{.*}}}
# BAD: {"fallback": true}

def main(s):
    parts = list(filter(None, s.split(",")))
    total = 0
    for v in map(int, parts):
        print(v)
        total += v
    ints = list(map(int, parts))
    return [ints, total, parts, list(map(max, [1, 4, 9], ints + [0, 0, 0])),
            list(map(divmod, ints, [1, 3])), "|".join(map(str, ints))]
