# entry: handler
# fallback-ok: an int past 64 bits falls back
# A module written to run as a script too: `if __name__ == "__main__":` is never run when the
# module is imported (the harness, serverless platforms), so its body may use what pyctl does not
# support (`import sys`, classes, `with`). Bare `...` statements are no-ops: a stub function's
# whole body, and a placeholder among other statements. Edge values: empty, zero, negative,
# huge, non-ASCII.


def stub(x):
    ...


def placeholder(event):
    ...
    if event is None:
        ...
        return "none"
    return event


def handler(event):
    out = [stub(event), placeholder(event)]
    ...
    if isinstance(event, str):
        out.append(event.upper())
    elif isinstance(event, int):
        out.append(event * 2)
    return out


if __name__ == "__main__":
    import sys
    import json as j

    class Fake:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    with Fake():
        print(handler(j.loads(sys.argv[1])))
    raise SystemExit(handler("x") is None)
