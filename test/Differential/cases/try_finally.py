# finally on every exit (normal, return, break, continue, exception), return in finally
# overriding, nested try, bare re-raise, exceptions from called functions, the `as` name being
# deleted after its handler.
# entry: main
# fallback-ok: compiled code falls back wherever CPython raises, also when a handler catches it
def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return 100 // n

def cleanup(log, n):
    try:
        return risky(n)
    finally:
        log.append("cleanup " + str(n))

def loop(xs):
    log = []
    for x in xs:
        try:
            if x == 0:
                continue
            if x > 50:
                break
            log.append(risky(x))
        except ValueError as e:
            log.append("skip " + str(e))
        finally:
            log.append("f" + str(x))
    else:
        log.append("loop done")
    return log

def override(x):
    try:
        if x > 0:
            return "body"
        raise KeyError(x)
    finally:
        if x > 5:
            return "finally"

def reraise(x):
    try:
        try:
            risky(x)
        except ValueError:
            print("inner saw it")
            raise
    except ValueError as e:
        return "outer: " + str(e)
    return "fine"

def main(mode, x):
    log = []
    if mode == "cleanup":
        try:
            log.append(cleanup(log, x))
        except ZeroDivisionError:
            log.append("caught zero")
        return log
    if mode == "loop":
        return loop(x)
    if mode == "override":
        return override(x)
    if mode == "reraise":
        return reraise(x)
    if mode == "uncaught":
        try:
            risky(x)
        finally:
            print("finally runs before the error leaves")
        return "ok"
    if mode == "unbound":
        try:
            risky(x)
        except ValueError as e:
            log.append(str(e))
        return e
    if mode == "nested":
        try:
            try:
                log.append(risky(x))
            except ZeroDivisionError as e:
                log.append("inner " + str(e))
                risky(-1)
            else:
                log.append("inner else")
            finally:
                log.append("inner finally")
        except ValueError as e:
            log.append("outer " + str(e))
        return log
    if mode == "bare":
        raise
    return None
