# hex(), oct(), bin() of ints of any size and bools, and hash() where CPython 3.11's hash is the
# same in every process: ints (mod 2**61 - 1, hash(-1) == -2), bools, floats other than NaN,
# tuples of those. An unhashable value is CPython's TypeError, also inside a tuple after a str;
# a str, None or NaN stops both tracers (their hash varies per process or is the object's
# identity).
# RUN: printf '[5]\n[-1]\n[1267650600228229401496703205376]\n' > %t.inputs.jsonl
# RUN: pyctl --trace %s --inputs %t.inputs.jsonl -o %t.json | FileCheck %s
# RUN: pyctl -passes=anf,trace %s -o %t.inst.py
# RUN: %python %pyctl_trace %t.inst.py --entry main --inputs %t.inputs.jsonl --source %s -o %t.py.json | FileCheck %s
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry of_str -o %t.s.json 2>&1 | FileCheck --check-prefix=STR %s
# RUN: not %python %pyctl_trace %t.inst.py --entry of_str --inputs %t.inputs.jsonl --source %s -o %t.s.py.json 2>&1 | FileCheck --check-prefix=STR %s
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry of_nan -o %t.n.json 2>&1 | FileCheck --check-prefix=NAN %s
# RUN: not %python %pyctl_trace %t.inst.py --entry of_nan --inputs %t.inputs.jsonl --source %s -o %t.n.py.json 2>&1 | FileCheck --check-prefix=NAN %s
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry of_none -o %t.t.json 2>&1 | FileCheck --check-prefix=NONE %s
# RUN: not %python %pyctl_trace %t.inst.py --entry of_none --inputs %t.inputs.jsonl --source %s -o %t.t.py.json 2>&1 | FileCheck --check-prefix=NONE %s
# A values view is hashable by its address (keys and items views are unhashable): refused too.
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry of_values -o %t.v.json 2>&1 | FileCheck --check-prefix=VALUES %s
# RUN: not %python %pyctl_trace %t.inst.py --entry of_values --inputs %t.inputs.jsonl --source %s -o %t.v.py.json 2>&1 | FileCheck --check-prefix=VALUES %s
# RUN: not pyctl --trace %s --inputs %t.inputs.jsonl --entry values_in_set -o %t.w.json 2>&1 | FileCheck --check-prefix=VALUES-SET %s

# CHECK:      {"repr": "['0x5', '0o5', '0b101', '-0x5', 5, -2, 1, 1152921504606846977, -3550055125485641917, \"unhashable type: 'list'\", \"'float' object cannot be interpreted as an integer\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['-0x1', '-0o1', '-0b1', '0x1', -2, -2, 1, 1152921504606846977, -3550055125485641917, \"unhashable type: 'list'\", \"'float' object cannot be interpreted as an integer\"]", "stdout": ""{{.*}}}
# CHECK-NEXT: {"repr": "['0x10000000000000000000000000', '0o2000000000000000000000000000000000', '0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '-0x10000000000000000000000000', 549755813888, -2, 1, 1152921504606846977, -3550055125485641917, \"unhashable type: 'list'\", \"'float' object cannot be interpreted as an integer\"]", "stdout": ""{{.*}}}
# STR: unsupported: hash() of a 'str' value
# NAN: unsupported: hash of a float NaN depends on object identity
# NONE: unsupported: hash() of a 'NoneType' value
# VALUES: unsupported: hash() of a 'dict_values' value
# VALUES-SET: unsupported: hashing a dict_values view (CPython hashes it by its address)

def main(x):
    out = [hex(x), oct(x), bin(x), hex(-x), hash(x), hash(-1), hash(True), hash(1.5), hash((1, 2))]
    try:
        out.append(hash(("a", [x])))
    except TypeError as ex:
        out.append(str(ex))
    try:
        out.append(bin(1.5))
    except TypeError as ex:
        out.append(str(ex))
    return out


def of_str(x):
    return hash((x, "a"))


def of_nan(x):
    return hash((x, float("nan")))


def of_none(x):
    return hash((x, [x] if x < 0 else None))


def of_values(x):
    return hash((x, {"a": x}.values()))


def values_in_set(x):
    return {"a": x}.values() in {1, 2}
