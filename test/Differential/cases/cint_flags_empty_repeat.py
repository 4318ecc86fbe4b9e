# entry: f
# fallback-ok: the OverflowError and TypeError are caught, and compiled code falls back where an exception is raised
# keepends and reverse are C ints (Argument Clinic's bool(accept={int})); an empty sequence repeated any number of times is empty at once.
def f(k, n):
    try:
        if k == "prec":
            return f"{3.14159:.{n}f}"
        if k == "split":
            return "a\nb".splitlines(n)
        if k == "sorted":
            return sorted([2, 1, 3], reverse=n)
        if k == "sort":
            xs = [2, 1, 3]
            xs.sort(reverse=n)
            return xs
        if k == "srep":
            return len("" * n)
        if k == "lrep":
            return len([] * n)
        if k == "trep":
            return len(() * n)
    except (ValueError, OverflowError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)
