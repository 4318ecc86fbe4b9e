# entry: main
# Attribute reads: m.string / m.pos / m.endpos / m.re of matches (from search and finditer),
# p.pattern / p.groups / p.flags of patterns, and CPython's AttributeError for a value without the
# attribute (exception_args.py has e.args); empty and non-ASCII subjects.
import re

P = re.compile(r"(?P<k>\w+)=(\d*)")


def main(op, text):
    if op == "match":
        m = P.search(text)
        if m is None:
            return None
        return [m.string, m.pos, m.endpos, m.re, m.re == P, m.re.pattern, m.re.groups, m.re.flags]
    if op == "pattern":
        p = re.compile(text)
        return [p.pattern, p.groups, p.flags, P.pattern, P.groups, P.flags]
    if op == "iter":
        return [(m.pos, m.endpos, m.string) for m in re.finditer(r"\d", text)]
    if op == "missing2":
        return text.string
    if op == "none":
        m = re.match("z", text)
        return m.pos
    return None
