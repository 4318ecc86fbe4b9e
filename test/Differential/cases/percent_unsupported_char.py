# entry: main
# fallback-ok: the exceptions it catches are raised, and compiled code falls back on a raise
# printf-style % with an unsupported conversion character: shown only in 31..126, else '?' (QA5 F2).
def main(s):
    try:
        return s % (1,)
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
