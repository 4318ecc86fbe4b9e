# try/except: handlers matched by class (CPython's hierarchy), `as` names, tuples, bare except,
# else, str()/repr() of what was caught, and exceptions no handler catches.
# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
def divide(a, b):
    return a // b

def lookup(d, k):
    return d[k]

def main(kind, x):
    out = []
    try:
        if kind == "div":
            out.append(divide(10, x))
        elif kind == "key":
            out.append(lookup({"a": 1, "b": 2}, x))
        elif kind == "index":
            out.append([10, 20, 30][x])
        elif kind == "int":
            out.append(int(x))
        elif kind == "raise":
            raise ValueError("bad value", x)
        elif kind == "type":
            out.append(x + 1)
        elif kind == "name":
            out.append(undefined_name)
        elif kind == "all":
            out.append(catch_all(x))
        elif kind == "unbound":
            out.append(unbound_after(x))
    except ZeroDivisionError as e:
        out.append("zero: " + str(e))
        out.append(repr(e))
    except LookupError as e:
        out.append("lookup " + repr(e) + " " + str(e))
    except (ValueError, OverflowError) as err:
        out.append("value: " + str(err))
        out.append(repr(err))
    except NameError:
        out.append("name")
    else:
        out.append("no exception")
    out.append("after")
    return out

def catch_all(x):
    try:
        return 100 // x
    except:
        return "caught"

def unbound_after(x):
    try:
        return 1 // x
    except ZeroDivisionError as e:
        pass
    return e
