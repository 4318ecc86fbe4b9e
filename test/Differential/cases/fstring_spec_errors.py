# Errors in f-strings with nested format-spec fields are CPython's: an invalid built spec raises
# its ValueError, a field that raises stops the f-string before the value is converted.
# entry: run
# fallback-ok: compiled code falls back on the exceptions handlers catch
def run(n, s, spec):
    out = []
    for make in (lambda: f"{n:{spec}}", lambda: f"{s:{spec}}", lambda: f"{n!a:{spec}}",
                 lambda: f"{s!r:{1 // n}}", lambda: f"{n:{s}}"):
        try:
            out.append(make())
        except ValueError as e:
            out.append('ValueError: ' + str(e))
        except ZeroDivisionError as e:
            out.append('ZeroDivisionError: ' + str(e))
    return out
