#!/usr/bin/env python3
"""Generate the formatting test table from CPython's own formatting.

Writes runtime/rust/tests/format_cases.json, read by runtime/rust/tests/format_cases.rs (the
runtime crate's `cargo test`), which checks that compiled code's runtime gives exactly these
results:

  {"op": "%", "fmt": F, "args": V}                    F % V
  {"op": "format", "fmt": F, "args": [V...], "kwargs": [[K, V]...]}   F.format(*args, **kwargs)
  {"op": "builtin", "value": V, "spec": S}            format(V, S)

each with "result": the text CPython returns, or "error": the name of the exception it raises.
Values are written {"int": N} | {"float": repr} | {"str": S} | {"bool": B} | {"none": null} |
{"list": [V...]} | {"tuple": [V...]} | {"dict": [[K, V]...]} (keys are values too).

The cases are seeded random combinations of conversions, flags, widths, precisions, format specs
and edge values (negative zero, NaN, infinities, the 64-bit limits, non-ASCII text, empty
strings), plus hand-picked ones. Integers beyond 64 bits never appear as arguments (compiled code
has none); results are kept even when they hold them (`'%d' % 1e300`).
Usage: python3 utils/gen_format_cases.py (CPython 3.11).
"""
import json
import math
import pathlib
import random
import sys

from case_table import write_cases

OUT = pathlib.Path(__file__).resolve().parent.parent / "runtime" / "rust" / "tests" / "format_cases.json"

INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 65, 233, 0x1F600, 0x10FFFF, 0x110000, 123456789,
        -987654321, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 10**18]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 2.675, 0.125, 3.14159, -3.14159, 1e16, 1e-5, 1e-4,
          123456.789, 1234567.0, 1e300, -1e300, 5e-324, 1.7976931348623157e308, 9.9999, 0.1,
          float("nan"), float("inf"), float("-inf"), 100000.0, 1e6, 1e22, 2**63 + 0.0, 0.05]
STRS = ["", "a", "abc", "héllo", "😀", "it's", 'a"b', "\n", "ÄΣ", "x" * 12, "\x00", "\u0301",
        "'\"", "日本語"]


def value(rng, depth=0):
    r = rng.random()
    if r < 0.3:
        return rng.choice(INTS) if rng.random() < 0.6 else rng.randint(-10**6, 10**6)
    if r < 0.55:
        return rng.choice(FLOATS) if rng.random() < 0.6 else rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-8, 8)
    if r < 0.8:
        return rng.choice(STRS)
    if r < 0.85:
        return rng.choice([True, False])
    if r < 0.88:
        return None
    if depth < 1 and r < 0.94:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 1:
        return tuple(value(rng, depth + 1) for _ in range(rng.randint(0, 2)))
    return rng.choice(INTS)


def encode(v):
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        assert -2**63 <= v < 2**63
        return {"int": v}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, str):
        return {"str": v}
    if v is None:
        return {"none": None}
    if isinstance(v, list):
        return {"list": [encode(x) for x in v]}
    if isinstance(v, tuple):
        return {"tuple": [encode(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[encode(k), encode(x)] for k, x in v.items()]}
    raise TypeError(v)


def outcome(fn):
    try:
        out = fn()
    except Exception as e:  # the exception type is the expected outcome
        return {"error": type(e).__name__}
    if any(0xD800 <= ord(c) <= 0xDFFF for c in out):
        return None  # a lone surrogate: no UTF-8 form (compiled code falls back on it)
    return {"result": out}


# --- printf-style ------------------------------------------------------------------------------

def conversion_for(rng, v):
    if rng.random() < 0.04:
        return rng.choice("yk%é")
    if isinstance(v, str) and rng.random() < 0.8:
        return rng.choice("srac" if len(v) == 1 else "sra")
    if isinstance(v, float) and rng.random() < 0.8:
        return rng.choice("eEfFgGd")
    if isinstance(v, int) and rng.random() < 0.8:
        return rng.choice("diuoxXcfeg")
    return rng.choice("srdiuoxXeEfFgGca")


def percent_spec(rng, conv, star_args):
    spec = "%"
    flags = "".join(rng.sample("-+ #0", rng.randint(0, 3))) if rng.random() < 0.5 else ""
    spec += flags
    r = rng.random()
    if r < 0.3:
        spec += str(rng.randint(0, 14))
    elif r < 0.4:
        spec += "*"
        star_args.append(rng.choice([0, 3, 8, -6, True, 12]))
    r = rng.random()
    if r < 0.3:
        spec += "." + str(rng.randint(0, 12))
    elif r < 0.35:
        spec += "."
    elif r < 0.42:
        spec += ".*"
        star_args.append(rng.choice([0, 2, 5, -3, 20]))
    if rng.random() < 0.05:
        spec += rng.choice(["l", "h", "L", "ll"])
    return spec + conv


def percent_cases(rng, count):
    hand = [("%s: %d", ("a", 5)), ("%5.2f", 3.14159), ("%(name)s is %(age)d", {"name": "Ann", "age": 30}),
            ("%%", ()), ("100%%", ()), ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5),
            ("abc", []), ("abc", {}), ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s", [1]),
            ("%((a))s", {"(a)": 1}), ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%", ()), ("%5%", ()),
            ("%5%", 3), ("%-5%|", ()), ("%c", 0x110000), ("%c", -1), ("%c", "ab"), ("%c", ""),
            ("%d", float("nan")), ("%d", float("inf")), ("%d", 1e300), ("%d", -0.0), ("%x", 1.0),
            ("%e", "1"), ("%*d", (True, 5)), ("%*d", (1.5, 5)), ("%.*f", (-3, 1.5)), ("%s", [1, 2]),
            ("%s", {"k": "v"}), ("%r", ("é",)), ("%a", ("é😀",)), ("%-*d|", (-5, 1)), ("%c", 0xD800),
            ("%05s|%05c|%-05d", ("a", "b", 3)), ("%#.0e %#.0f %#g", (5.0, 5.0, 5.0)), ("%.0g", 123.0),
            ("%i|%u|%ld", (3, 4, 5)), ("% +d", 5), ("%+ d", -5), ("%#5o|%#x|%#X", (8, -255, 255)),
            ("%.3s|%.0s|%.10s", ("héllo", "abc", "ab")), ("é%sü", ("😀",)), ("", ()), ("", 5),
            ("%(a)s", {"a": None}), ("%(a).*r", {"a": 10**18}), ("%(a)*d", {"a": 3}), ("%.*f", (2**31, 1.0)),
            ("%*d", (2**62, 1)), ("%(é)s", {"é": "ü"}), ("%(a)s", {}), ("%s", None), ("%s %s", "ab")]
    for fmt, args in hand:
        yield fmt, args
    for _ in range(count):
        n = rng.choice([1, 1, 1, 2, 3])
        keyed = rng.random() < 0.12
        parts, args, keys = [], [], {}
        for i in range(n):
            parts.append(rng.choice(["", "", " ", ": ", "é", "|", "%%", "x=", "😀 "]))
            v = value(rng)
            conv = conversion_for(rng, v)
            star = []
            spec = percent_spec(rng, conv, star)
            if keyed:
                key = rng.choice(["a", "b", "név", ""])
                keys[key] = v
                spec = "%(" + key + ")" + spec[1:]
            else:
                args += star
                args.append(v)
            parts.append(spec)
        fmt = "".join(parts) + rng.choice(["", "", "!", " ü"])
        if keyed:
            yield fmt, keys
        elif len(args) == 1 and not isinstance(args[0], tuple) and rng.random() < 0.5:
            yield fmt, args[0]
        else:
            yield fmt, tuple(args)


# --- format specs and str.format ----------------------------------------------------------------

def format_spec(rng, v):
    """A random format spec, mostly valid for `v`'s type."""
    spec = ""
    if rng.random() < 0.3:
        spec += rng.choice(["", "", "*", "0", "é", " ", "{", "}"]) + rng.choice("<>^=")
    elif rng.random() < 0.2:
        spec += rng.choice("<>^=")
    if rng.random() < 0.25:
        spec += rng.choice("+- ")
    if rng.random() < 0.08:
        spec += "z"
    if rng.random() < 0.15:
        spec += "#"
    if rng.random() < 0.15:
        spec += "0"
    if rng.random() < 0.5:
        spec += str(rng.randint(0, 16))
    if rng.random() < 0.15:
        spec += rng.choice([",", "_"])
    if rng.random() < 0.35:
        spec += "." + str(rng.randint(0, 12))
    if rng.random() < 0.8:
        if isinstance(v, str):
            types = "s" if rng.random() < 0.9 else "dfxc"
        elif isinstance(v, float):
            types = "eEfFgGn%" if rng.random() < 0.9 else "dxcs"
        elif isinstance(v, int):
            types = "bcdoxXneEfFgG%" if rng.random() < 0.9 else "s"
        else:
            types = "s"
        spec += rng.choice(types)
    return spec


def format_value_cases(rng, count):
    hand = [(65, "c"), (233, "^5c"), (65, "05c"), (0x110000, "c"), (-1, "c"), (65, "+c"), (65, ",c"),
            (1234, "n"), (1234, ",n"), (1e16, "#"), (1e-7, "#"), (5.0, "#"), (1e16, "#<9"), (1234567.0, "n"), (1.0, "n"), (-0.0, "z.1f"), (-0.0, "z"),
            (float("nan"), "=+08.2f"), ("abc", "=5"), ("abc", "+"), (None, ""), (None, "s"),
            ([1], ""), ((1, "a"), ""), (True, ""), (True, "d"), (False, "5"), ("é", "é^7"), (12, "")]
    yield from hand
    for _ in range(count):
        v = value(rng)
        yield v, format_spec(rng, v) if rng.random() < 0.95 else ""


def str_format_cases(rng, count):
    hand = [("{} {} {}", ("é", 42, 2.5), {}), ("{2}{0}{{}}{1!r}", ("é", 42, 2.5), {}),
            ("{name[1]}{name[0]:03}{name}", (), {"name": [7, "x"]}), ("{a[k]}", (), {"a": {"k": "v"}}),
            ("{0[1]}", ([1, 2],), {}), ("{0[1]}", ("ab",), {}), ("{0[-1]}", ([1, 2],), {}),
            ("{0[x]}", ({"x": 1},), {}), ("{0[0][1]}", ([[1, 2]],), {}), ("{0[0]x}", ([1],), {}),
            ("{:{}}|", ("ab", 4), {}), ("{:{}.{}f}", (3.14159, 10, 2), {}), ("{:{:{}}}", (1, 2, 3), {}),
            ("", (), {}), ("{", (), {}), ("}", (), {}), ("{}}", (1,), {}), ("{{}}", (), {}), ("{0}{}", (1, 2), {}),
            ("{}{0}", (1, 2), {}), ("{3}", (1,), {}), ("{x}", (), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}),
            ("{0!rr}", (1,), {}), ("{0[}", ([1],), {}), ("{0[}]}", ([1],), {}), ("{0.real}", (1,), {}),
            ("{0[]}", ([1],), {}), ("{0:d}", ("a",), {}), ("{a{b}}", (), {"a": 1}), ("{!r:^9}", ("é",), {}),
            ("{!a}", ("é😀",), {}), ("{!s:>4}", (None,), {}), ("{:}", (1.5,), {}), ("{0:{1}}", (1, "{"), {}),
            ("{x:{w}.{p}}", (), {"x": 2.0, "w": 8, "p": 3}), ("{:=^10,}", (12345,), {}), ("{0:[}", (1,), {}),
            ("{0[a]b}", ({"a": 1},), {}), ("{[0]}", ([5],), {}), ("{0[999999999999999999999]}", ([1],), {}),
            ("{99999999999999999999}", (1,), {}), ("{é}", (), {"é": 1}), ("{ }", (), {" ": 1}), ("{!r}", (), {}),
            ("{0[}]}", ({"}": 1},), {}), ("{0[{]}", ({"{": 1},), {}), ("{0:[}]}", (1,), {}), ("{0[:]}", ({":": 1},), {}),
            ("{0[!]}", ({"!": 1},), {}), ("{0[a]:>{1}}", ({"a": 1}, 3), {}), ("{[}", (1,), {}), ("{0]}", (1,), {}),
            ("{0[0]]}", ([1],), {}), ("{0[]]}", ({"]": 2},), {}), ("{0[x}y]}", ({"x}y": 3},), {}),
            ("{0!r:[}]}", (1,), {}), ("{0![}]}", (1,), {}), ("{0[a][}]}", ({"a": {"}": 5}},), {}),
            ("{0[{}]}", ({"{}": 7},), {}), ("{0[a:b]}", ({"a:b": 1},), {}), ("{0[{]}}", ({"{": 1},), {}),
            ("{0.imag}", (1.5,), {}), ("{0.real.imag}", (True,), {}), ("{x.real:>5}", (), {"x": -2}),
            ("{.real!r}|{.imag:+}", (2.5, -0.0), {}), ("{0[0].real}", ([2.5],), {}), ("{0.foo}", (1,), {}),
            ("{0.}", (1,), {}), ("{0..real}", (1,), {}), ("{0.real[0]}", (1,), {}), ("{0.real]}", (1,), {}),
            ("{0.real}", ("s",), {}), ("{0:{1.real}}", (7, 4), {})]
    yield from hand
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3])
        manual = rng.random() < 0.3
        args, kwargs, parts = [], {}, []
        for i in range(n):
            parts.append(rng.choice(["", "", " ", ": ", "é", "|", "{{", "}}", "x=", "😀 "]))
            v = value(rng)
            r = rng.random()
            if r < 0.2:
                key = rng.choice(["a", "name", "é"])
                kwargs[key] = v
                name = key
            else:
                args.append(v)
                name = str(len(args) - 1) if manual else ""
            if isinstance(v, (list, tuple)) and v and rng.random() < 0.5:
                name += "[%d]" % rng.randrange(len(v) + 1)
                v = v[0]
            field = name
            if rng.random() < 0.2:
                field += "!" + rng.choice("rsa")
            if rng.random() < 0.6:
                if rng.random() < 0.1:
                    args.append(rng.randint(0, 12))
                    field += ":{%s}" % ((str(len(args) - 1)) if manual else "")
                else:
                    field += ":" + format_spec(rng, v if "!" not in field else "")
            parts.append("{" + field + "}")
        yield "".join(parts) + rng.choice(["", "", "!", " ü"]), tuple(args), kwargs


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_format_cases.py: run with Python 3.11 (found %d.%d)" % sys.version_info[:2])
    rng = random.Random(1)
    cases, seen = [], set()

    def add(case, fn):
        key = json.dumps(case, sort_keys=True)
        if key in seen:
            return
        seen.add(key)
        result = outcome(fn)
        if result is not None:
            case.update(result)
            cases.append(case)

    for fmt, args in percent_cases(rng, 3000):
        add({"op": "%", "fmt": fmt, "args": encode(args)}, lambda: fmt % args)
    for v, spec in format_value_cases(rng, 2000):
        add({"op": "builtin", "value": encode(v), "spec": spec}, lambda: format(v, spec))
    for fmt, args, kwargs in str_format_cases(rng, 3000):
        add({"op": "format", "fmt": fmt, "args": [encode(a) for a in args],
             "kwargs": [[k, encode(v)] for k, v in kwargs.items()]}, lambda: fmt.format(*args, **kwargs))
    write_cases(OUT, cases)


if __name__ == "__main__":
    main()
