# entry: f
# fallback-ok: the ValueError and OverflowError are caught, and compiled code falls back where an exception is raised
import json


def f(k, n):
    try:
        if k == "zfill":
            return len("1".zfill(n))
        if k == "ljust":
            return len("a".ljust(n, "é"))
        if k == "fmtw":
            return len(format(1, ">%d" % n))
        if k == "fstr":
            return len(f"{1:>{n}}")
        if k == "pstar":
            return len("%*d" % (n, 1))
        if k == "plit":
            return len(("%" + str(n) + "d") % 1)
        if k == "prec":
            return len(format(1.5, ".%df" % n))
        if k == "pprec":
            return len(("%." + str(n) + "f") % 1.5)
        if k == "dprec":
            return len(("%." + str(n) + "d") % 7)
        if k == "json":
            return json.dumps("x", indent=n)
        if k == "jsonl":
            return len(json.dumps([1], indent=n))
        if k == "shl":
            return (1 << n).bit_length()
        if k == "rep":
            return len([0] * n)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)
