# Every augmented assignment's TypeError names the augmented operator, as CPython's in-place
# operators do ("for <<=:", "for **=:", not "for ** or pow():"), on names and on subscripts; the
# trace still records the plain operator for `<<= >>= //= %= /= **=` (docs/trace-format.md).
# RUN: printf '%%s\n' '[1.5]' '[null]' '["s"]' > %t.in
# RUN: pyctl --trace %s --inputs %t.in -o %t.json | FileCheck %s
# CHECK:      "for <<=: 'float' and 'int'; for >>=: 'float' and 'int'; for //=: 'float' and 'str'; for %=: 'float' and 'list'; for /=: 'float' and 'str'; for **=: 'float' and 'str'; for &=: 'float' and 'int'; @= refused; d for <<=: 'float' and 'int'; d for **=: 'float' and 'NoneType'; d for //=: 'float' and 'str'; xs 'int' object is not iterable
# CHECK-NEXT: "for <<=: 'NoneType' and 'int'; for >>=: 'NoneType' and 'int'; for //=: 'NoneType' and 'str'; for %=: 'NoneType' and 'list'; for /=: 'NoneType' and 'str'; for **=: 'NoneType' and 'str'; for &=: 'NoneType' and 'int'; @= refused; d for <<=: 'NoneType' and 'int'; d for **=: 'NoneType' and 'NoneType'; d for //=: 'NoneType' and 'str'; xs 'int' object is not iterable
# CHECK-NEXT: "for <<=: 'str' and 'int'; for >>=: 'str' and 'int'; for //=: 'str' and 'str'; for /=: 'str' and 'str'; for **=: 'str' and 'str'; for &=: 'str' and 'int'; @= refused; d for <<=: 'str' and 'int'; d for **=: 'str' and 'NoneType'; d for //=: 'str' and 'str'; xs 'int' object is not iterable
# RUN: pyctl --print-trace %t.json | FileCheck --check-prefix=TRACE %s
# TRACE: set v$2 = (v$2 << 2)
# TRACE: set v$2 = (v$2 ** "c")
# TRACE: set d$1["k"] = (d$1["k"] << 2)

def attempt(out, prefix, k, v):
    try:
        if k == 0:
            v <<= 2
        elif k == 1:
            v >>= 1
        elif k == 2:
            v //= "a"
        elif k == 3:
            v %= [1]
        elif k == 4:
            v /= "b"
        elif k == 5:
            v **= "c"
        elif k == 6:
            v &= 3
        else:
            out.append(prefix + "@= refused")  # `v @= 1` is refused (test/Diagnostics)
            return
    except TypeError as e:
        out.append(prefix + str(e).replace("unsupported operand type(s) ", ""))


def main(v):
    out = []
    for k in range(8):
        attempt(out, "", k, v)
    d = {"k": v}
    try:
        d["k"] <<= 2
    except TypeError as e:
        out.append("d " + str(e).replace("unsupported operand type(s) ", ""))
    try:
        d["k"] **= None
    except TypeError as e:
        out.append("d " + str(e).replace("unsupported operand type(s) ", ""))
    try:
        d["k"] //= "x"
    except TypeError as e:
        out.append("d " + str(e).replace("unsupported operand type(s) ", ""))
    xs = [v]
    try:
        xs += 5
    except TypeError as e:
        out.append("xs " + str(e))
    return "; ".join(out)
