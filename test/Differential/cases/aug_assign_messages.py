# entry: main
# fallback-ok: the exceptions it catches are raised, and compiled code falls back on a raise
# Every augmented assignment's TypeError names the augmented operator (QA5 F1), on names and
# subscripts; in-place list and dict operators keep their own errors.
def main(i):
    x = [1.5, None, "s", [1], 2.0, {}, (1,), True, 7]
    ops = ["<<=", ">>=", "&=", "|=", "^=", "//=", "%=", "**=", "-=", "/=", "*=", "+="]
    out = []
    for v in x:
        for op in ops:
            y = v
            try:
                if op == "<<=": y <<= i
                elif op == ">>=": y >>= i
                elif op == "&=": y &= i
                elif op == "|=": y |= i
                elif op == "^=": y ^= i
                elif op == "//=": y //= i
                elif op == "%=": y %= i
                elif op == "**=": y **= i
                elif op == "-=": y -= i
                elif op == "/=": y /= i
                elif op == "*=": y *= i
                else: y += i
                out.append(repr(y))
            except TypeError as e:
                out.append("TypeError: " + str(e))
            except ValueError as e:
                out.append("ValueError: " + str(e))
            except ZeroDivisionError as e:
                out.append("ZeroDivisionError: " + str(e))
            except OverflowError as e:
                out.append("OverflowError: " + str(e))
            try:
                d = {"k": v}
                if op == "<<=": d["k"] <<= i
                elif op == ">>=": d["k"] >>= i
                elif op == "//=": d["k"] //= i
                elif op == "%=": d["k"] %= i
                elif op == "**=": d["k"] **= i
                elif op == "/=": d["k"] /= i
                elif op == "|=": d["k"] |= i
                else: d["k"] -= i
                out.append("sub " + repr(d["k"]))
            except TypeError as e:
                out.append("sub TypeError: " + str(e))
            except (ValueError, ZeroDivisionError, OverflowError) as e:
                out.append("sub other: " + str(e))
    return out + views(i)


def views(i):
    out = []
    for v in [set(), range(2), {}.keys(), {}.values(), {"a": 1}.items(), None, 2.5, 3, False]:
        try:
            v *= i
            out.append(repr(v))
        except TypeError as e:
            out.append(str(e))
    return out
