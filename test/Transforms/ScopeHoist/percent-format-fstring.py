# CPython 3.11 compiles 'fmt' % (a, b) as an f-string when the left is a str literal, the right a
# tuple display without '*' items and every conversion %s, %r or %a (widths and precisions under
# 100): each item is converted before the next is evaluated. The front end makes the same
# rewrite; any other '%' stays an operator. The printed program runs as the source does.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s > %t.expected
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | diff %t.expected -
# RUN: pyctl -passes=anf %s -o %t.anf.py && %python %t.anf.py | diff %t.expected -

def grow(xs):
    xs.append(len(xs))
    return len(xs)

# CHECK-LABEL: {{^}}def folded(xs):
# CHECK:       {{^}}    a = format(str(xs), '') + ' ' + format(str(grow(xs)), ''){{$}}
# CHECK-NEXT:  {{^}}    b = format(repr(xs), '>5') + '|' + format(ascii(xs), '6') + '%' + format(str(xs), '.2'){{$}}
# CHECK-NEXT:  {{^}}    c = format(str(xs), ''){{$}}
def folded(xs):
    a = "%s %s" % (xs, grow(xs))
    b = ("%5r|" "%-6a%%%.2s") % (xs, xs, xs)
    c = ('%s') % (xs,)
    return [a, b, c]

# CHECK-LABEL: {{^}}def kept(xs):
# CHECK:       {{^}}    a = '%s %d' % (xs, grow(xs)){{$}}
# CHECK-NEXT:  {{^}}    b = '%s' % xs{{$}}
# CHECK-NEXT:  {{^}}    c = '%100s' % (xs,){{$}}
# CHECK-NEXT:  {{^}}    d = '%(k)s%%' % {'k': 1}{{$}}
# CHECK-NEXT:  {{^}}    e = (format(1, '') + '%s') % (xs,){{$}}
def kept(xs):
    a = "%s %d" % (xs, grow(xs))
    b = "%s" % xs
    c = "%100s" % (xs,)
    d = "%(k)s%%" % ({"k": 1})
    e = f"{1}%s" % (xs,)
    return [a, b, len(c), d, e]

print(folded([1]))
print(kept([2]))
