# try/except/else/finally of issue 3, and reading a name after `del`: which handler runs (the
# first matching one, a tuple of classes, a base class), `else` only without an exception,
# `finally` on every exit including a return from the body, exception messages through str(e) and
# e.args, and re-raising. Edge inputs: zero, negative, huge, empty and non-ASCII.
# fallback-ok: compiled code falls back on every call in which an exception is raised, even one a handler catches (docs/trace-format.md section 6)
# entry: attempt
def risky(k, s):
    if k == 0:
        return 100 // k
    if k < 0:
        raise ValueError("negative: %d %s" % (k, s))
    if not s:
        return {}["missing"]
    return [s, s * 2][k - 1]

def attempt(k, s):
    log = []
    y = k
    del y
    try:
        y
    except UnboundLocalError as e:
        log.append(type(e).__name__)
    for_finally = []
    def body():
        try:
            return risky(k, s)
        finally:
            for_finally.append("finally ran")
    try:
        r = body()
    except (ZeroDivisionError, KeyError) as e:
        log.append(["arith-or-key", type(e).__name__, str(e)])
    except ValueError as e:
        log.append(["value", e.args, str(e)])
    except LookupError as e:
        log.append(["lookup", type(e).__name__, str(e)])
    else:
        log.append(["else", r])
    finally:
        log.append("finally")
    log.append(for_finally)
    try:
        try:
            risky(k, s)
        except Exception:
            log.append("inner")
            raise
    except Exception as e:
        log.append(["re-raised", type(e).__name__])
    return log
