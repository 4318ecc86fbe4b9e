# f-strings: `!a` is ascii(); a format spec with nested replacement fields is the concatenation of
# its literal text and the fields' format() calls. CPython converts the value only after the
# nested fields ran, so a conversion together with nested fields calls a helper def (`_fconvN`)
# that converts its argument after the spec is built.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

# CHECK-LABEL: {{^}}def f(x, w, p, xs):
# CHECK:       {{^}}    a = format(ascii(x), ''){{$}}
# CHECK-NEXT:  {{^}}    b = format(x, '>' + format(w, '') + '.' + format(p, '') + 'f') if isinstance(x, float) else ''{{$}}
# CHECK-NEXT:  {{^}}    def [[H:_fconv[0-9]+]]([[V:_fvalue[0-9]+]], [[S:_fspec[0-9]+]]):{{$}}
# CHECK-NEXT:  {{^}}        return format(repr([[V]]), [[S]]){{$}}
# CHECK-NEXT:  {{^}}    c = [[H]](xs, format(xs.append(w) or '', '')){{$}}
def f(x, w, p, xs):
    a = f"{x!a}"
    b = f"{x:>{w}.{p}f}" if isinstance(x, float) else ""
    c = f"{xs!r:{xs.append(w) or ''}}"
    return a, b, c

print(f(2.5, 8, 3, ['é']))
print(f(-0.0, 0, 0, []))
print(f('☃😀', 0, 0, [])[::2])
