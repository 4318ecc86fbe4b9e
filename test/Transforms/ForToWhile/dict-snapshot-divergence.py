# Regression for the former known divergence: `for` over a dict or dict view used to iterate a
# list() snapshot. Lowered through iter/next, the program keeps CPython's answers: a value assigned
# during the loop is seen and an iterator can be shared between loops (a resize raising
# RuntimeError is checked in test/Trace/dict-iteration.py: `try` is not supported yet).
# RUN: pyctl -passes=for-to-while %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=for-to-while %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def values_seen(d):
# CHECK:       {{^}}    _it0 = iter(d.values()){{$}}
# CHECK-NEXT:  {{^}}    _s0 = []{{$}}
# CHECK-NEXT:  {{^}}    while True:{{$}}
# CHECK-NEXT:  {{^}}        _v0 = next(_it0, _s0){{$}}
def values_seen(d):
    out = []
    for v in d.values():
        d["z"] = v + 100
        out.append(v)
    return out

def shared(xs):
    it = iter(xs)
    pairs = []
    for a in it:
        for b in it:
            pairs.append((a, b))
            break
    else:
        pairs.append("end")
    return pairs

def main():
    print(values_seen({"a": 1, "z": 2}))
    print(shared([1, 2, 3, 4, 5]))

main()

# RUN-OUT:      {{^}}[1, 101]{{$}}
# RUN-OUT-NEXT: {{^}}[(1, 2), (3, 4), 'end']{{$}}
