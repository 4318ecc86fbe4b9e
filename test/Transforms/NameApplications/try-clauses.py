# A call lifted out of a statement stays in the clause the statement is in, so what it raises is
# caught by the same handler, and after what the statement evaluated before it (CPython's order).
# RUN: pyctl -passes=anf %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=anf %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s

def half(x):
    print("half", x)
    return 10 // x

# CHECK-LABEL: {{^}}def main(xs, i):
# CHECK:       {{^}}    try:{{$}}
# CHECK-NEXT:  {{^}}        _t4 = xs[i]{{$}}
# CHECK-NEXT:  {{^}}        _t3 = half(i){{$}}
# CHECK-NEXT:  {{^}}        r = _t4 + _t3{{$}}
# CHECK-NEXT:  {{^}}    except IndexError:{{$}}
# CHECK-NEXT:  {{^}}        _t5 = half(1){{$}}
# CHECK-NEXT:  {{^}}        r = -_t5{{$}}
# CHECK-NEXT:  {{^}}    except ZeroDivisionError as e:{{$}}
# CHECK-NEXT:  {{^}}        r = str(e){{$}}
# CHECK-NEXT:  {{^}}    finally:{{$}}
# CHECK-NEXT:  {{^}}        half(2){{$}}
# CHECK-NEXT:  {{^}}    return r{{$}}
def main(xs, i):
    try:
        r = xs[i] + half(i)
    except IndexError:
        r = -half(1)
    except ZeroDivisionError as e:
        r = str(e)
    finally:
        half(2)
    return r

# RUN-OUT:      half 1
# RUN-OUT-NEXT: half 2
# RUN-OUT-NEXT: 15
# RUN-OUT-NEXT: half 1
# RUN-OUT-NEXT: half 2
# RUN-OUT-NEXT: -10
# RUN-OUT-NEXT: half 0
# RUN-OUT-NEXT: half 2
# RUN-OUT-NEXT: integer division or modulo by zero
print(main([4, 5], 1))
print(main([4, 5], 9))
print(main([4, 5], 0))
