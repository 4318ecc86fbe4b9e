# entry: main
# The flags of re functions and patterns: re.I / re.IGNORECASE (sre's Unicode case classes: 'ſ'
# matches 's', the Kelvin sign 'K' matches 'k', 'İ' lowercases to 'i', 'ı' matches 'i'), re.M, re.S,
# re.A, re.X combined with `|`, by position and by keyword, imported with `from re import`; the
# global inline flags `(?i)`, `(?ms)` and scoped `(?i:...)`, `(?-i:...)`; p.flags and repr(p);
# empty, multi-line and non-ASCII subjects.
import re
from re import IGNORECASE, MULTILINE, findall

WORD = re.compile(r"^(\w+):\s*(.*)$", re.M)
KEY = re.compile(r"(?i)key(?-i:ID)?")


def main(op, text):
    if op == "ignorecase":
        return [re.findall("s", text, re.I), re.findall("k", text, re.IGNORECASE),
                re.findall("[a-z]+", text, re.I), re.findall("[^a-z]", text, flags=re.I),
                findall("i", text, IGNORECASE), re.findall("ǅ|σ", text, re.I),
                re.sub("ss", "-", text, 0, re.I), re.split("k", text, 0, re.I)]
    if op == "ascii":
        return [re.findall(r"\w+", text, re.A), re.findall("k", text, re.A | re.I),
                re.findall(r"\d", text, re.ASCII), re.findall(r"\b\w", text, re.A),
                re.findall(r"(?a:\w)+", text), re.findall("[s-t]+", text, re.I | re.A)]
    if op == "lines":
        return [WORD.findall(text), re.findall(r"^\s*(\S.*?)\s*$", text, re.MULTILINE),
                re.findall("$", text, MULTILINE), re.findall(".+", text, re.S),
                re.findall("(?ms)^a.*?b$", text), re.split(r"(?m)^", text),
                re.search("a.b", text, re.DOTALL | re.IGNORECASE)]
    if op == "verbose":
        p = re.compile(r"""
            (?P<num> \d+ )    # the number
            \s* (?P<unit> [a-z]+ )?  # and its unit
            """, re.X | re.I)
        m = p.search(text)
        return [p.flags, p.groups, m and m.groupdict(), p.findall(text), re.findall(r"a\ b # c", text, re.X)]
    if op == "scoped":
        return [KEY.findall(text), re.findall("(?i:k)K", text), re.findall("a(?s:.)b.", text),
                re.findall("(?i)(?m)^k", text), KEY.flags, KEY.pattern]
    if op == "pattern":
        ps = [re.compile("a"), re.compile("a", re.I), re.compile("(?i)a"), re.compile("a", re.M | re.S),
              re.compile("a", re.A), re.compile("a", re.U | re.X), re.compile("a", re.NOFLAG)]
        return [[p.flags, repr(p), str(p)] for p in ps] + [
            ps[0] == ps[1], ps[1] == re.compile("a", re.I), ps[2] == re.compile("(?i)a", re.I),
            re.compile(text, re.I).fullmatch(text.upper()) is not None]
    if op == "methods":
        p = re.compile("k+", re.I)
        m = p.search(text, 1)
        return [p.match(text), p.fullmatch(text), p.findall(text), p.sub("<\\g<0>>", text),
                p.subn("", text), p.split(text), [x.span() for x in p.finditer(text)],
                m and (m.group(), m.re.flags, m.re == p, m.pos)]
    return None
