# str.format's errors for unterminated and malformed fields, parsed as CPython 3.11's
# parse_field does: the message depends on where the string ends (name, conversion or spec).
# entry: run
# fallback-ok: compiled code falls back on caught exceptions
def run(t):
    try:
        return t.format(1, [2, 3], a=3, **{'}': 4, '': 5})
    except ValueError as e:
        return 'ValueError: ' + str(e)
    except KeyError as e:
        return 'KeyError: ' + str(e)
    except IndexError as e:
        return 'IndexError: ' + str(e)
    except TypeError as e:
        return 'TypeError: ' + str(e)
