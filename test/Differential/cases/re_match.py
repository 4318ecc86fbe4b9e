# entry: main
# re.search / re.match / re.fullmatch and their Match objects as a handler uses them: parsing
# emails, ISO dates, "key = value" lines, log lines with optional fields; group(), group(n),
# group('name'), several groups at once, groups() / groups(default), groupdict(), start / end /
# span, m[g], `if m:`, repr(m); non-ASCII subjects (positions count code points), empty strings,
# no match, optional groups that do not take part, and the IndexError of a missing group.
import re
from re import fullmatch, search


def parse_email(text):
    m = re.fullmatch(r"(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)", text.strip())
    if not m:
        return None
    return [m.group("user"), m["host"], m.span("host"), m.groupdict()]


def parse_date(text):
    m = search(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?", text)
    if m is None:
        return "no date"
    year, month, day, hour, minute = m.groups()
    return [int(year), int(month), int(day), hour, m.groups("00")[3:], m.start(), m.end(4),
            m.span(5), m.group(0, 1, 4)]


def parse_lines(text):
    out = {}
    skipped = []
    for line in text.split("\n"):
        m = re.match(r"\s*(\w+)\s*=\s*(.*?)\s*$", line)
        if m:
            out[m.group(1)] = m[2]
        elif line:
            skipped.append(line)
    return [out, skipped]


def describe(pattern, text):
    m = re.search(pattern, text)
    if not m:
        return repr(m)
    return [repr(m), str(m), m.group(), m[0], m.groups(), m.groupdict("-"), m.span(), bool(m)]


def missing_group(text):
    m = re.match(r"(a)(b)?", text)
    if m:
        return [m.group(2), m.span(2), m.start(2), m.end(2), m[True], m.group(1, 2), m[0]]
    return "no match"


def main(op, a, b=""):
    if op == "email":
        return parse_email(a)
    if op == "date":
        return parse_date(a)
    if op == "lines":
        return parse_lines(a)
    if op == "describe":
        return describe(a, b)
    if op == "missing":
        return missing_group(a)
    if op == "group3":
        return re.match(r"(a)(b)?", a).group(3)
    if op == "full":
        m = fullmatch(a, b)
        return m is not None and m.group()
    return None
