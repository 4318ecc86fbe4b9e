# `except E as e` binds e, so e is a local declared at the top; CPython deletes it when the
# handler is left, so reading it afterwards raises UnboundLocalError, in the printed program too.
# RUN: pyctl -passes=scope-hoist %s | FileCheck --strict-whitespace %s
# RUN: %python %s | FileCheck --check-prefix=RUN-OUT %s
# RUN: pyctl -passes=scope-hoist %s -o %t.py && %python %t.py | FileCheck --check-prefix=RUN-OUT %s

# CHECK-LABEL: {{^}}def parse(s):
# CHECK-NEXT:  {{^}}    n: object{{$}}
# CHECK-NEXT:  {{^}}    e: object{{$}}
# CHECK-NEXT:  {{^}}    try:{{$}}
# CHECK-NEXT:  {{^}}        n = int(s){{$}}
# CHECK-NEXT:  {{^}}    except (ValueError, TypeError) as e:{{$}}
# CHECK-NEXT:  {{^}}        print('bad', e){{$}}
# CHECK-NEXT:  {{^}}        n = -1{{$}}
# CHECK-NEXT:  {{^}}    else:{{$}}
# CHECK-NEXT:  {{^}}        print('ok'){{$}}
# CHECK-NEXT:  {{^}}    finally:{{$}}
# CHECK-NEXT:  {{^}}        print('done'){{$}}
# CHECK-NEXT:  {{^}}    return n{{$}}
def parse(s):
    try:
        n = int(s)
    except (ValueError, TypeError) as e:
        print("bad", e)
        n = -1
    else:
        print("ok")
    finally:
        print("done")
    return n

# CHECK-LABEL: {{^}}def leak(x):
# CHECK-NEXT:  {{^}}    err: object{{$}}
# CHECK-NEXT:  {{^}}    try:{{$}}
# CHECK-NEXT:  {{^}}        x = 1 // x{{$}}
# CHECK-NEXT:  {{^}}    except:{{$}}
# CHECK-NEXT:  {{^}}        pass{{$}}
# CHECK-NEXT:  {{^}}    try:{{$}}
# CHECK-NEXT:  {{^}}        x = 1 // x{{$}}
# CHECK-NEXT:  {{^}}    except ZeroDivisionError as err:{{$}}
# CHECK-NEXT:  {{^}}        pass{{$}}
# CHECK-NEXT:  {{^}}    return err{{$}}
def leak(x):
    try:
        x = 1 // x
    except:
        pass
    try:
        x = 1 // x
    except ZeroDivisionError as err:
        pass
    return err

# RUN-OUT:      bad invalid literal for int() with base 10: 'x'
# RUN-OUT-NEXT: done
# RUN-OUT-NEXT: -1
# RUN-OUT-NEXT: ok
# RUN-OUT-NEXT: done
# RUN-OUT-NEXT: 7
# RUN-OUT-NEXT: UnboundLocalError
print(parse("x"))
print(parse("7"))
try:
    leak(0)
except UnboundLocalError as e:
    print("UnboundLocalError")
