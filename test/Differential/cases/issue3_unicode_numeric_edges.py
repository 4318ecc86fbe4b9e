# Edge probes where Python's answer differs from C's or Rust's: str.split() on every Unicode
# whitespace CPython splits on (\x1c-\x1f, \x85, U+2028), isdigit on superscripts and other
# scripts' digits, int()/float() of Unicode digits, underscores and surrounding whitespace,
# round() with large and negative ndigits, %-formatting and format() of huge, tiny and negative
# floats, and floor division/modulo of floats with mixed signs and a zero result's sign.
# entry: probe
def probe(s, x, n):
    out = [s.split(), s.split(None, 1), s.strip(), len(s), [c.isdigit() for c in s[:6]]]
    out.append([s.upper(), s.lower(), s.replace("\x85", "|"), s.find("\u2028"), s.count(" ")])
    out.append([int(t) for t in ["١٢٣", " 42 ", "1_000", "-0", "+7", "\u3000-5\u3000"]])
    out.append([float(t) for t in ["١٢٣", "٣.٥", " 1e3 ", "-inf", "1_0.5", "-0", "\u2028.5"]])
    out.append([round(x, n), round(x, -n), round(n * 1.0 + 0.5), round(-n - 0.5), round(x, 20)])
    out.append(["%.3f|%e|%g|%10.2f|%-8g|%+.1f" % (x, x, x, x, x, x), format(x, ".15g"), format(x, ","), format(x, "_.2f")])
    out.append([x // -1.5, x % -1.5, -x // 1.5, -x % 1.5, (-0.0) % 5, 0.0 % -5, (-x) // 0.7, divmod(x, -0.3)])
    out.append([n // -3, n % -3, -n // 3, -n % 3, divmod(-n, -3), n ** 3, 2 ** n if 0 <= n < 63 else None, (-2) ** 63])
    return out
