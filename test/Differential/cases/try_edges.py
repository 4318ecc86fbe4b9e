# More try edges: a caught exception captured by a closure, continue in
# finally, bare raise in a function called from a handler, exceptions in else and finally, and
# str() of the exceptions the runtime raises (their messages are CPython's).
# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
def message(k, x):
    try:
        if k == 0:
            return "a" + x
        if k == 1:
            return [1, 2][x]
        if k == 2:
            return "abc"[x]
        if k == 3:
            return (1,)[x]
        if k == 4:
            return [1, 2].index(x)
        if k == 5:
            return {"k": 1}[x]
        if k == 6:
            return int(x)
        if k == 7:
            return float(x)
        if k == 8:
            return 10 % x
        if k == 9:
            return 2.0 / x
        if k == 10:
            return len(x)
        if k == 11:
            return x[0]
        if k == 12:
            return unbound_later(x)
        if k == 13:
            return -x
        return x < "s"
    except Exception as e:
        return repr(e) + " | " + str(e)

def unbound_later(x):
    if x:
        v = 1
    return v

def closure(x):
    try:
        return 1 // x
    except ZeroDivisionError as e:
        def show():
            return "seen " + str(e)
        return show()

def helper():
    raise

def from_helper(x):
    try:
        return 5 // x
    except ZeroDivisionError:
        helper()

def loop(n):
    out = []
    i = 0
    while i < n:
        i += 1
        try:
            if i % 2:
                out.append("odd")
                continue
            out.append(i // (i - 2))
        except ZeroDivisionError:
            out.append("z")
            break
        finally:
            out.append("f")
            if i == 5:
                continue
    else:
        out.append("else")
    return out

def else_raises(x):
    try:
        y = x + 1
    except TypeError:
        return "type"
    else:
        return y // x
    finally:
        print("cleanup", x)

def finally_raises(x):
    try:
        return 1 // x
    finally:
        if x == 0:
            raise ValueError("from finally")

def main(mode, x):
    if mode == "message":
        return message(x[0], x[1])
    if mode == "closure":
        return closure(x)
    if mode == "helper":
        return from_helper(x)
    if mode == "loop":
        return loop(x)
    if mode == "else":
        return else_raises(x)
    if mode == "finally":
        try:
            return finally_raises(x)
        except ZeroDivisionError:
            return "zero"
    return None
