# A generator expression passed to a builtin or method that only iterates it becomes map/filter
# over defs of its own (one per part), pulling the same items in the same order; a tuple target
# with conditions is unpacked once, by a first map; a StopIteration inside becomes CPython's
# RuntimeError (PEP 479). The printed program runs as the source does.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def main(xs, k):
# CHECK:       {{^}}    def [[IF:_genexp_if[0-9]+]]([[I1:_item[0-9]+]]):{{$}}
# CHECK-NEXT:  {{^}}        x: object{{$}}
# CHECK-NEXT:  {{^}}        try:{{$}}
# CHECK-NEXT:  {{^}}            x = [[I1]]{{$}}
# CHECK-NEXT:  {{^}}            return x{{$}}
# CHECK-NEXT:  {{^}}        except StopIteration:{{$}}
# CHECK-NEXT:  {{^}}            raise RuntimeError('generator raised StopIteration'){{$}}
# CHECK:       {{^}}    def [[MAP:_genexp[0-9]+]]([[I2:_item[0-9]+]]):{{$}}
# CHECK:       {{^}}            return str(x * k){{$}}
# CHECK:       {{^}}    def [[UNPACK:_genexp_unpack[0-9]+]]([[I3:_item[0-9]+]]):{{$}}
# CHECK:       {{^}}            (a, b) = [[I3]]{{$}}
# CHECK-NEXT:  {{^}}            return (a, b){{$}}
# CHECK:       {{^}}    return (','.join(map([[MAP]], filter([[IF]], xs))), sum(map({{_genexp[0-9]+}}, filter({{_genexp_if[0-9]+}}, map([[UNPACK]], ys)))))
def main(xs, k):
    ys = list(zip(xs, reversed(xs)))
    return ",".join(str(x * k) for x in xs if x), sum(a for a, b in ys if b)


print(main([0, 1, 2, 3], 5))
